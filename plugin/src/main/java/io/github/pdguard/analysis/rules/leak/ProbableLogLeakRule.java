package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.Taint;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

@RuleDefinition(id = "probable-log-leak", severity = Severity.WARNING,
        summary = "a value that is not declared but whose name strongly suggests personal data reaches a log sink;"
                + " the message says it was inferred and how to confirm it",
        description = "For code that is not annotated yet: an undeclared field, record component, parameter, local or"
                + " getter whose name strongly suggests personal data (email, iban, dateOfBirth, diagnose, ...; see"
                + " unannotated-personal-data) is followed through the code exactly like declared data, and a log"
                + " sink it reaches is reported as a warning. Confirm it by declaring the value with @PersonalData or"
                + " @Sensitive (the finding then becomes a log-leak), or dismiss it with"
                + " @SuppressWarnings(\"pdguard:probable-log-leak\"). A sink that receives declared data is a"
                + " log-leak instead, never both. Turned off with inferPersonalData=false.")
public final class ProbableLogLeakRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (FlowFacts.SinkHit hit : context.flow().sinkHits()) {
            if (hit.taint().declared().hasSources()) {
                continue;
            }
            Taint inferred = hit.taint().inferred();
            if (inferred.hasSources()) {
                context.report(hit.file(), hit.reportAt(), inferred.describe() + " probably reaches " + hit.sink()
                                + ": pdguard inferred personal data from the name; confirm it with @PersonalData"
                                + " (then it is a log-leak) or dismiss it with @SuppressWarnings(\"pdguard:probable-log-leak\")",
                        SourceSteps.from(inferred, RuleContext.step(hit.file(), hit.reportAt(), "reaches " + hit.sink())));
            }
        }
    }
}
