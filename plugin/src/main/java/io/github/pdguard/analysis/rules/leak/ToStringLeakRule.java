package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.model.TypeInfo;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@RuleDefinition(id = "tostring-leak", severity = Severity.WARNING,
        summary = "a type's toString() exposes personal-data fields (records without an overriding toString,"
                + " Lombok @Data/@ToString/@Value without @ToString.Exclude on them, hand-written toString that uses them)",
        description = "A toString() that prints personal data turns every log statement, debugger view and error"
                + " message that shows the object into a leak (GDPR Art. 5(1)(f)). pdguard reports records whose"
                + " declared components are printed by the generated toString(), Lombok @Data, @Value and @ToString"
                + " types that do not exclude their declared fields (onlyExplicitlyIncluded, exclude and"
                + " @ToString.Exclude are honoured), and hand-written toString() methods whose result carries"
                + " declared fields. Override toString() without them or exclude them. Logging such an object is"
                + " also a log-leak at the log call.")
public final class ToStringLeakRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (Map.Entry<TypeInfo, List<DataDeclaration>> entry : context.flow().toStringExposures().entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            TypeInfo type = entry.getKey();
            context.guard(type.file(), type.node().getName(), () -> report(context, type, entry.getValue()));
        }
    }

    private static void report(RuleContext context, TypeInfo type, List<DataDeclaration> exposedFields) {
        String how = type.node().getMethodsByName("toString").stream().anyMatch(m -> m.getParameters().isEmpty())
                ? "toString()" : ProjectIndex.isRecord(type) ? "the record's generated toString()"
                : "Lombok's generated toString()";
        String exposed = exposedFields.stream().map(DataDeclaration::describe).collect(Collectors.joining(", "));
        context.report(type.file(), type.node().getName(), type.displayName() + ": " + how + " exposes " + exposed);
    }
}
