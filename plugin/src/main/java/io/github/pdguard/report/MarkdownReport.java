package io.github.pdguard.report;

import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.analysis.rules.RuleDescriptor;

import java.util.List;

/**
 * {@code pdguard.md}: the findings as Markdown, short enough for a pull-request comment or a GitHub
 * Actions job summary ({@code cat target/pdguard/pdguard.md >> $GITHUB_STEP_SUMMARY}).
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(ReportData data) {
        StringBuilder md = new StringBuilder();
        md.append("# pdguard: ").append(Text.cell(data.settings().title())).append("\n\n");
        long open = data.count(ReportedFinding.Status.OPEN);
        md.append("**").append(Text.plural(open, "open finding")).append("** (")
                .append(Text.plural(data.countOpen(Severity.ERROR), "error")).append(", ")
                .append(Text.plural(data.countOpen(Severity.WARNING), "warning")).append(", ")
                .append(Text.plural(data.countOpen(Severity.NOTE), "note")).append("), ")
                .append(data.count(ReportedFinding.Status.SUPPRESSED)).append(" suppressed, ")
                .append(data.count(ReportedFinding.Status.BASELINED)).append(" baselined; ")
                .append(Text.plural(data.filesAnalysed(), "file")).append(" analysed.");
        if (data.baseline() != null) {
            md.append(" Baseline: ").append(data.baseline().summary()).append('.');
        }
        md.append("\n\n");
        for (RuleDescriptor rule : RuleCatalog.descriptors()) {
            List<ReportedFinding> findings = data.findings().stream()
                    .filter(f -> f.finding().ruleId().equals(rule.id())).toList();
            if (findings.isEmpty()) {
                continue;
            }
            md.append("## ").append(rule.id()).append(" (").append(findings.size()).append(")\n\n");
            md.append(SarifReport.sentence(rule.summary())).append("\n\n");
            md.append("| Severity | Location | Message | Status |\n");
            md.append("| --- | --- | --- | --- |\n");
            for (ReportedFinding reported : findings) {
                Finding finding = reported.finding();
                md.append("| ").append(finding.severity().id())
                        .append(" | ").append(Text.code(reported.path() + ":" + finding.line() + ":" + finding.column()))
                        .append(" | ").append(Text.cell(finding.message()))
                        .append(" | ").append(status(reported))
                        .append(" |\n");
            }
            md.append('\n');
        }
        if (data.findings().isEmpty()) {
            md.append("No findings.\n");
        }
        return md.toString();
    }

    private static String status(ReportedFinding reported) {
        return switch (reported.status()) {
            case OPEN -> "**open**";
            case SUPPRESSED -> "suppressed by " + Text.code("@SuppressWarnings(\"" + reported.finding().suppressedBy() + "\")");
            case BASELINED -> "baselined" + (reported.reason() == null ? "" : ": " + Text.cell(reported.reason()));
        };
    }
}
