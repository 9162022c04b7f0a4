package io.github.pdguard.analysis;

import java.time.Duration;
import java.util.List;

/**
 * What one analysis found, in {@link Finding#ORDER}.
 *
 * @param filesAnalysed source files read (including those that did not parse)
 * @param linesAnalysed physical lines of those files
 * @param inventory     the records of processing read off the same analysis
 * @param warnings      problems that did not stop the analysis (an unreadable jar on the classpath)
 * @param fromCache     nothing the analysis depends on changed since the last run: the findings are the stored ones
 */
public record AnalysisResult(List<Finding> findings, int filesAnalysed, long linesAnalysed, Duration elapsed,
                             Inventory inventory, List<String> warnings, boolean fromCache) {

    public AnalysisResult {
        inventory = inventory == null ? Inventory.EMPTY : inventory;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A result of a full analysis. */
    public AnalysisResult(List<Finding> findings, int filesAnalysed, long linesAnalysed, Duration elapsed,
                          Inventory inventory, List<String> warnings) {
        this(findings, filesAnalysed, linesAnalysed, elapsed, inventory, warnings, false);
    }

    /** A result without inventory or warnings. */
    public AnalysisResult(List<Finding> findings, int filesAnalysed, long linesAnalysed, Duration elapsed) {
        this(findings, filesAnalysed, linesAnalysed, elapsed, Inventory.EMPTY, List.of());
    }

    public List<Finding> unsuppressed() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }

    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::isSuppressed).toList();
    }

    public long count(Severity severity) {
        return unsuppressed().stream().filter(f -> f.severity() == severity).count();
    }

    /** Unsuppressed findings at or above the threshold: the ones that fail a build. */
    public List<Finding> atOrAbove(Severity threshold) {
        return unsuppressed().stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
    }
}
