package io.github.pdguard.report;

import io.github.pdguard.analysis.Inventory;
import io.github.pdguard.analysis.Severity;

import java.util.List;

/**
 * Everything a report writer prints, prepared once by {@link Reports#prepare}.
 *
 * @param findings every finding, open, suppressed and baselined, sorted by path, line, column, rule
 * @param baseline how the findings relate to the baseline, or {@code null} when there is none
 */
public record ReportData(ReportSettings settings, List<ReportedFinding> findings, Inventory inventory,
                         Baseline.Comparison baseline, int filesAnalysed, long linesAnalysed, SourceText sources) {

    public List<ReportedFinding> open() {
        return findings.stream().filter(ReportedFinding::isOpen).toList();
    }

    public long count(ReportedFinding.Status status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    public long countOpen(Severity severity) {
        return findings.stream().filter(f -> f.isOpen() && f.finding().severity() == severity).count();
    }
}
