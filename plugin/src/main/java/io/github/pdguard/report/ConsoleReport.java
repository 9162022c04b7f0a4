package io.github.pdguard.report;

import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;

import java.time.Duration;
import java.util.Locale;

/**
 * The console form of findings: the line format of the Maven compiler, which IDEs and CI logs turn
 * into links ({@code /abs/path/Foo.java:[42,13] pdguard:log-leak ...}); the level prefix is the
 * front end's. Also the GitHub Actions workflow-command form.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    public static String line(Finding finding) {
        return finding.file().toAbsolutePath() + ":[" + finding.line() + "," + finding.column() + "] pdguard:"
                + finding.ruleId() + " " + finding.message();
    }

    /** {@code ::error file=...,line=...,col=...,title=pdguard:RULE::message}, escaped as GitHub requires. */
    public static String githubCommand(Finding finding, String file) {
        String command = switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        return "::" + command + " file=" + escapeProperty(file) + ",line=" + finding.line() + ",col=" + finding.column()
                + ",title=" + escapeProperty("pdguard:" + finding.ruleId()) + "::" + escapeData(finding.message());
    }

    public static String summary(AnalysisResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        long notes = result.count(Severity.NOTE);
        long total = errors + warnings + notes;
        return String.format(Locale.ROOT, "pdguard: %d finding%s (%d error%s, %d warning%s, %d note%s), %d suppressed;"
                        + " %d file%s, %,d lines analysed in %.2f s",
                total, plural(total), errors, plural(errors), warnings, plural(warnings), notes, plural(notes),
                result.suppressed().size(), result.filesAnalysed(), plural(result.filesAnalysed()),
                result.linesAnalysed(), result.elapsed().toMillis() / 1000.0);
    }

    /**
     * The summary line for prepared reports: the counts are of open findings (not suppressed, not
     * baselined); {@code , B baselined} appears when a baseline is in use.
     */
    public static String summary(ReportData data, Duration elapsed) {
        long errors = data.countOpen(Severity.ERROR);
        long warnings = data.countOpen(Severity.WARNING);
        long notes = data.countOpen(Severity.NOTE);
        long total = errors + warnings + notes;
        String baselined = data.baseline() == null ? ""
                : ", " + data.count(ReportedFinding.Status.BASELINED) + " baselined";
        return String.format(Locale.ROOT, "pdguard: %d finding%s (%d error%s, %d warning%s, %d note%s), %d suppressed%s;"
                        + " %d file%s, %,d lines analysed in %.2f s",
                total, plural(total), errors, plural(errors), warnings, plural(warnings), notes, plural(notes),
                data.count(ReportedFinding.Status.SUPPRESSED), baselined, data.filesAnalysed(),
                plural(data.filesAnalysed()), data.linesAnalysed(), elapsed.toMillis() / 1000.0);
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }

    private static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
