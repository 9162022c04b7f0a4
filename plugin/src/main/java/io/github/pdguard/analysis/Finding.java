package io.github.pdguard.analysis;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One thing pdguard reports: a rule, where, and why. A suppressed finding is still reported (so
 * that reports can list it) but never fails the build.
 *
 * @param suppressedBy the {@code @SuppressWarnings} value that suppresses it, or {@code null}
 */
public record Finding(String ruleId, Severity severity, Path file, int line, int column, String message,
                      String suppressedBy) {

    /** File, line, column, rule: the order of every output. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public boolean isSuppressed() {
        return suppressedBy != null;
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, file, line, column, message, suppressedBy);
    }
}
