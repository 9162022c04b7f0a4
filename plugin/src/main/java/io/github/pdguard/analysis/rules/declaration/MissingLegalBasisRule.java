package io.github.pdguard.analysis.rules.declaration;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.List;

@RuleDefinition(id = "missing-legal-basis", severity = Severity.ERROR,
        summary = "an @Sensitive declaration lacks an effective legalBasis or condition"
                + " (for @PersonalData only when requireLegalBasis is on)",
        description = "Special categories of data (GDPR Art. 9 and 10: health, biometric, religious beliefs, ...)"
                + " may only be processed with a legal basis of Art. 6(1) and one of the conditions of Art. 9(2)."
                + " An @Sensitive field, record component or type needs both legalBasis and condition, written on it"
                + " or inherited from an annotated enclosing type; one finding names whatever is missing. With"
                + " requireLegalBasis on, @PersonalData declarations need a legalBasis too.")
public final class MissingLegalBasisRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DataDeclaration declaration : context.declarations().dataDeclarations()) {
            context.guard(declaration.file(), declaration.name(), () -> check(context, declaration));
        }
    }

    private static void check(RuleContext context, DataDeclaration declaration) {
        if (!declaration.element().isStored()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        boolean needsBasis = declaration.isSensitive() || context.config().requireLegalBasis();
        if (needsBasis && declaration.legalBasis().isAbsent()) {
            missing.add("legalBasis (Art. 6(1), e.g. LegalBasis.CONSENT)");
        }
        if (declaration.isSensitive() && declaration.condition().isAbsent()) {
            missing.add("condition (Art. 9(2), e.g. Article9Condition.EXPLICIT_CONSENT)");
        }
        if (!missing.isEmpty()) {
            context.report(declaration.file(), declaration.name(), declaration.describe() + " has no "
                    + String.join(" and no ", missing) + ": add it to the declaration or to its type");
        }
    }
}
