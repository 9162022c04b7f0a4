package io.github.pdguard.analysis;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One thing pdguard reports: a rule, where, and why. A suppressed finding is still reported (so
 * that reports can list it) but never fails the build.
 *
 * @param suppressedBy the {@code @SuppressWarnings} value that suppresses it, or {@code null}
 * @param member       the member of the analysed code the finding is in ({@code Customer.email},
 *                     {@code CustomerService.register}, {@code Customer} for the type itself), or
 *                     {@code null} when unknown; baselines use it to recognise a finding after code moved
 * @param flow         how the data got there, from the source to the reported location (empty when the
 *                     rule has no path to show); reports turn it into SARIF {@code codeFlows}
 */
public record Finding(String ruleId, Severity severity, Path file, int line, int column, String message,
                      String suppressedBy, String member, List<FlowStep> flow) {

    /** File, line, column, rule: the order of every output. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /** One step of a data flow: where the value is, and what happens to it there. */
    public record FlowStep(Path file, int line, int column, String message) {
        public FlowStep {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }
    }

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        flow = flow == null ? List.of() : List.copyOf(flow);
    }

    /** A finding without member and flow. */
    public Finding(String ruleId, Severity severity, Path file, int line, int column, String message,
                   String suppressedBy) {
        this(ruleId, severity, file, line, column, message, suppressedBy, null, List.of());
    }

    public boolean isSuppressed() {
        return suppressedBy != null;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, line, column, message, suppressedBy, member, flow);
    }

    public Finding withFlow(List<FlowStep> steps) {
        return new Finding(ruleId, severity, file, line, column, message, suppressedBy, member, steps);
    }
}
