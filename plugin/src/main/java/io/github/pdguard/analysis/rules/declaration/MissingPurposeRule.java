package io.github.pdguard.analysis.rules.declaration;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

@RuleDefinition(id = "missing-purpose", severity = Severity.ERROR,
        summary = "a declared field, record component or type has no effective purposes",
        description = "Purpose limitation (GDPR Art. 5(1)(b)): personal data is collected for specified purposes."
                + " Every @PersonalData or @Sensitive field, record component and type must name them"
                + " (purposes = \"billing\" or a String constant), on itself or on an annotated enclosing type whose"
                + " purposes it inherits; purposes = {} counts as not given. Without purposes pdguard cannot check"
                + " where the data may be used.")
public final class MissingPurposeRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (DataDeclaration declaration : context.declarations().dataDeclarations()) {
            context.guard(declaration.file(), declaration.name(), () -> {
                if (declaration.element().isStored() && declaration.purposes().isAbsent()) {
                    context.report(declaration.file(), declaration.name(), declaration.describe()
                            + " has no purposes: add purposes = \"...\" (what it is collected for) to it or to its type");
                }
            });
        }
    }
}
