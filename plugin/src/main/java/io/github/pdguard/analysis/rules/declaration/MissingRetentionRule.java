package io.github.pdguard.analysis.rules.declaration;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

@RuleDefinition(id = "missing-retention", severity = Severity.ERROR,
        summary = "a declared field, record component or type has no effective retention",
        description = "Storage limitation (GDPR Art. 5(1)(e)): personal data may be kept no longer than its purpose"
                + " needs. Every @PersonalData or @Sensitive field, record component and type must say how long the"
                + " data is kept, as an ISO-8601 period (retention = \"P2Y\"; \"P0D\" for data that is not stored), on"
                + " itself or on an annotated enclosing type whose value it inherits. Annotated parameters and methods"
                + " describe values in transit and are exempt.")
public final class MissingRetentionRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DataDeclaration declaration : context.declarations().dataDeclarations()) {
            context.guard(declaration.file(), declaration.name(), () -> {
                if (declaration.element().isStored() && declaration.retention().isAbsent()) {
                    context.report(declaration.file(), declaration.name(), declaration.describe()
                            + " has no retention: add retention = \"P2Y\" (an ISO-8601 period, \"P0D\" if not stored)"
                            + " to it or to its type");
                }
            });
        }
    }
}
