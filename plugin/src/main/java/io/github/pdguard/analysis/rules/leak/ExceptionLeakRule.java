package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.Taint;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

@RuleDefinition(id = "exception-leak", severity = Severity.WARNING,
        summary = "personal data is passed to the constructor of a Throwable (its message or any other argument)",
        description = "Exception messages and fields end up in logs, error pages, monitoring and bug reports, far from"
                + " where the data was collected (GDPR Art. 5(1)(f)). pdguard reports every construction of a"
                + " Throwable, custom exceptions included, that receives personal data in any argument. Put an id or"
                + " a @Redacts value into the message instead; the exception that is caught later is not itself"
                + " treated as personal data.")
public final class ExceptionLeakRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (FlowFacts.ExceptionHit hit : context.flow().exceptionHits()) {
            Taint declared = hit.taint().declared();
            if (!declared.hasSources()) {
                continue;
            }
            context.guard(hit.file(), hit.creation(), () -> context.report(hit.file(), hit.creation(),
                    declared.describe() + " is passed to new " + hit.type(),
                    SourceSteps.from(declared, RuleContext.step(hit.file(), hit.creation(), "passed to new " + hit.type()))));
        }
    }
}
