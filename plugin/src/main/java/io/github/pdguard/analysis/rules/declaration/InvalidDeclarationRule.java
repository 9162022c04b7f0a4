package io.github.pdguard.analysis.rules.declaration;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.model.AttributeValue;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.PurposeDeclaration;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

@RuleDefinition(id = "invalid-declaration", severity = Severity.ERROR,
        summary = "a retention that is not ISO-8601; a purpose not in the configured catalogue;"
                + " an annotation value that cannot be resolved",
        description = "A declaration pdguard cannot read is no declaration: a retention such as \"2 years\" instead of"
                + " the ISO-8601 period \"P2Y\", a purpose or retention that is not a compile-time constant, or, when"
                + " a purposes catalogue is configured, a purpose outside it (usually a typo; the message suggests the"
                + " nearest known purpose). Applies to every @PersonalData, @Sensitive and @ProcessingPurpose,"
                + " including those on parameters and methods, and is reported once at the annotated element's name;"
                + " members that inherit the bad value are not reported again.")
public final class InvalidDeclarationRule implements Rule {

    @Override
    public void check(RuleContext context) {
        Set<String> catalogue = context.config().purposeCatalogue();
        for (DataDeclaration declaration : context.declarations().dataDeclarations()) {
            List<String> problems = new ArrayList<>(declaration.problems());
            problems.addAll(outsideCatalogue(declaration.ownPurposes(), catalogue));
            if (!problems.isEmpty()) {
                context.guard(declaration.file(), declaration.name(), () -> context.report(declaration.file(),
                        declaration.name(), declaration.displayName() + ": " + String.join("; ", problems)));
            }
        }
        for (PurposeDeclaration declaration : context.declarations().purposeDeclarations()) {
            List<String> problems = new ArrayList<>(declaration.problems());
            problems.addAll(outsideCatalogue(declaration.purposes(), catalogue));
            if (!problems.isEmpty()) {
                context.guard(declaration.file(), declaration.name(), () -> context.report(declaration.file(),
                        declaration.name(), "@ProcessingPurpose of " + declaration.displayName() + ": "
                                + String.join("; ", problems)));
            }
        }
    }

    private static List<String> outsideCatalogue(AttributeValue<List<String>> purposes, Set<String> catalogue) {
        if (catalogue.isEmpty() || !(purposes instanceof AttributeValue.Present<List<String>> present)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        for (String purpose : present.value()) {
            if (!catalogue.contains(purpose)) {
                String nearest = catalogue.stream()
                        .min(Comparator.comparingInt((String known) -> editDistance(known, purpose)).thenComparing(k -> k))
                        .orElseThrow();
                problems.add("purpose '" + purpose + "' is not in the configured purposes catalogue (did you mean '"
                        + nearest + "'?)");
            }
        }
        return problems;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
