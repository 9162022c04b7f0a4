package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.Taint;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

@RuleDefinition(id = "log-leak", severity = Severity.ERROR,
        summary = "a personal-data value (declared, or from a known API source) reaches a log sink",
        description = "Integrity and confidentiality (GDPR Art. 5(1)(f)): logs are copied to log shippers, tickets and"
                + " backups that nobody erases on request. pdguard follows every declared value, every object of a"
                + " declared type and every known API source (client IP, User-Agent, session id, principal name)"
                + " through locals, fields, string building, collections, streams, lambdas and the methods of the"
                + " analysed code into the arguments of SLF4J, Log4j, JUL, System.Logger, Commons Logging, JBoss"
                + " Logging, Flogger, Lombok loggers, MDC/ThreadContext and System.out/err. Log an id instead, or"
                + " pass the value through a @Redacts method; booleans and lengths derived from it are fine.")
public final class LogLeakRule implements Rule {

    @Override
    public void check(RuleContext context) {
        for (FlowFacts.SinkHit hit : context.flow().sinkHits()) {
            Taint declared = hit.taint().declared();
            if (declared.hasSources()) {
                context.guard(hit.file(), hit.reportAt(), () -> context.report(hit.file(), hit.reportAt(),
                        declared.describe() + " reaches " + hit.sink(),
                        SourceSteps.from(declared, RuleContext.step(hit.file(), hit.reportAt(), "reaches " + hit.sink()))));
            }
        }
    }
}
