package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.rules.declaration.InvalidDeclarationRule;
import io.github.pdguard.analysis.rules.declaration.MissingLegalBasisRule;
import io.github.pdguard.analysis.rules.declaration.MissingPurposeRule;
import io.github.pdguard.analysis.rules.declaration.MissingRetentionRule;
import io.github.pdguard.analysis.rules.discovery.UnannotatedPersonalDataRule;
import io.github.pdguard.analysis.rules.leak.ExceptionLeakRule;
import io.github.pdguard.analysis.rules.leak.LogLeakRule;
import io.github.pdguard.analysis.rules.leak.ProbableLogLeakRule;
import io.github.pdguard.analysis.rules.leak.ToStringLeakRule;
import io.github.pdguard.analysis.rules.purpose.PurposeViolationRule;
import io.github.pdguard.analysis.rules.purpose.UndeclaredPurposeRule;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Every rule pdguard has, in the order of the README table. */
public final class RuleCatalog {
    private static final List<Supplier<Rule>> RULES = List.of(
            LogLeakRule::new,
            ProbableLogLeakRule::new,
            ExceptionLeakRule::new,
            ToStringLeakRule::new,
            PurposeViolationRule::new,
            UndeclaredPurposeRule::new,
            MissingRetentionRule::new,
            MissingPurposeRule::new,
            MissingLegalBasisRule::new,
            InvalidDeclarationRule::new,
            UnannotatedPersonalDataRule::new,
            ParseErrorRule::new);

    private static final List<RuleDescriptor> DESCRIPTORS = RULES.stream().map(s -> s.get().descriptor()).toList();

    private RuleCatalog() {
    }

    /** Fresh rule instances for one analysis: rules may keep state while they run, never across runs. */
    public static List<Rule> newRules() {
        return RULES.stream().map(Supplier::get).toList();
    }

    public static List<RuleDescriptor> descriptors() {
        return DESCRIPTORS;
    }

    public static List<String> ids() {
        return DESCRIPTORS.stream().map(RuleDescriptor::id).toList();
    }

    public static Optional<RuleDescriptor> byId(String id) {
        return DESCRIPTORS.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
