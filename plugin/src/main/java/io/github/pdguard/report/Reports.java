package io.github.pdguard.report;

import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Prepares findings for the reports (paths, fingerprints, suppression and baseline status) and writes the files. */
public final class Reports {
    public static final String INVENTORY_JSON = "inventory.json";
    public static final String INVENTORY_MARKDOWN = "inventory.md";

    /** The order of every report: path, line, column, rule, message. */
    static final Comparator<ReportedFinding> ORDER = Comparator.comparing(ReportedFinding::path)
            .thenComparingInt(f -> f.finding().line())
            .thenComparingInt(f -> f.finding().column())
            .thenComparing(f -> f.finding().ruleId())
            .thenComparing(f -> f.finding().message());

    private Reports() {
    }

    /**
     * Gives every finding its report path, fingerprints and status; with a {@code baseline}, the
     * open findings it accepts become baselined.
     */
    public static ReportData prepare(AnalysisResult result, ReportSettings settings, Baseline baseline) {
        SourceText sources = new SourceText(settings.charset());
        List<ReportedFinding> findings = new ArrayList<>();
        for (Finding finding : result.findings()) {
            String code = sources.text(finding.file()).isPresent()
                    ? Fingerprints.normalise(sources.line(finding.file(), finding.line()))
                    : "message:" + finding.message();
            String fingerprint = Fingerprints.baseline(finding.ruleId(), settings.baselinePath(finding.file()),
                    finding.member(), code);
            findings.add(new ReportedFinding(finding, settings.buildPath(finding.file()),
                    sources.lineHash(finding.file(), finding.line()), fingerprint,
                    finding.isSuppressed() ? ReportedFinding.Status.SUPPRESSED : ReportedFinding.Status.OPEN, null));
        }
        findings.sort(ORDER);
        Baseline.Comparison comparison = null;
        if (baseline != null) {
            Baseline.Match match = baseline.match(findings, settings::ownsEntry, settings.baselineFile());
            findings = match.findings();
            comparison = match.comparison();
        }
        return new ReportData(settings, List.copyOf(findings), result.inventory(), comparison, result.filesAnalysed(),
                result.linesAnalysed(), sources);
    }

    /** The baseline that accepts the current findings (see {@link Baseline#accepting}). */
    public static Baseline baselineOf(ReportData data, Baseline previous) {
        return Baseline.accepting(data.findings(), previous, data.settings()::ownsEntry);
    }

    /** Writes the report files of {@code formats} into {@code directory}; returns them in format order. */
    public static List<Path> write(ReportData data, Set<ReportFormat> formats, Path directory) throws IOException {
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            String content = switch (format) {
                case SARIF -> SarifReport.render(data);
                case JSON -> JsonReport.render(data);
                case HTML -> HtmlReport.render(data);
                case MARKDOWN -> MarkdownReport.render(data);
            };
            Path file = directory.resolve(format.fileName());
            AtomicFiles.write(file, content);
            written.add(file);
        }
        return written;
    }

    /** Writes {@code inventory.json} and {@code inventory.md} into {@code directory}. */
    public static List<Path> writeInventory(ReportData data, Path directory) throws IOException {
        Path json = directory.resolve(INVENTORY_JSON);
        Path markdown = directory.resolve(INVENTORY_MARKDOWN);
        AtomicFiles.write(json, InventoryReport.json(data));
        AtomicFiles.write(markdown, InventoryReport.markdown(data));
        return List.of(json, markdown);
    }
}
