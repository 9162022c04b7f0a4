package io.github.pdguard.report;

import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SPEC 4 Console: the Maven compiler's line format, then a one-line summary. */
class ConsoleReportTest {

    @TempDir
    Path root;

    private Finding finding(String rule, Severity severity, String file, int line, int column, String message,
                            String suppressedBy) {
        return new Finding(rule, severity, root.resolve(file), line, column, message, suppressedBy);
    }

    @Test
    void lineHasTheMavenCompilerFormat() {
        Finding f = finding("log-leak", Severity.ERROR, "src/main/java/com/shop/Foo.java", 42, 13,
                "Customer.email (CONTACT) reaches SLF4J Logger.info", null);
        String expectedPath = root.resolve("src/main/java/com/shop/Foo.java").toAbsolutePath().toString();
        assertThat(ConsoleReport.line(f)).isEqualTo(
                expectedPath + ":[42,13] pdguard:log-leak Customer.email (CONTACT) reaches SLF4J Logger.info");
    }

    @Test
    void aRelativePathIsPrintedAbsolute() {
        Finding f = new Finding("parse-error", Severity.ERROR, Path.of("src/Foo.java"), 1, 1, "cannot parse", null);
        assertThat(ConsoleReport.line(f))
                .startsWith(Path.of("src/Foo.java").toAbsolutePath() + ":[1,1] pdguard:parse-error ");
    }

    @Test
    void summaryCountsUnsuppressedFindingsBySeverity() {
        List<Finding> findings = List.of(
                finding("missing-retention", Severity.ERROR, "A.java", 3, 5, "a", null),
                finding("missing-purpose", Severity.ERROR, "A.java", 4, 5, "b", null),
                finding("missing-purpose", Severity.WARNING, "B.java", 4, 5, "c", null),
                finding("missing-purpose", Severity.NOTE, "B.java", 5, 5, "d", null),
                finding("missing-purpose", Severity.ERROR, "B.java", 6, 5, "e", "pdguard:missing-purpose"));
        AnalysisResult result = new AnalysisResult(findings, 12, 1234, Duration.ofMillis(530));
        assertThat(ConsoleReport.summary(result)).isEqualTo(
                "pdguard: 4 findings (2 errors, 1 warning, 1 note), 1 suppressed; 12 files, 1,234 lines analysed in 0.53 s");
    }

    @Test
    void summarySingularsAndZeroes() {
        AnalysisResult one = new AnalysisResult(List.of(finding("parse-error", Severity.ERROR, "A.java", 1, 1, "x", null)),
                1, 1, Duration.ofMillis(5));
        assertThat(ConsoleReport.summary(one)).isEqualTo(
                "pdguard: 1 finding (1 error, 0 warnings, 0 notes), 0 suppressed; 1 file, 1 lines analysed in 0.01 s");
        AnalysisResult none = new AnalysisResult(List.of(), 0, 0, Duration.ZERO);
        assertThat(ConsoleReport.summary(none)).isEqualTo(
                "pdguard: 0 findings (0 errors, 0 warnings, 0 notes), 0 suppressed; 0 files, 0 lines analysed in 0.00 s");
    }

    @Test
    void githubWorkflowCommandEscapesPropertiesAndData() {
        Finding f = finding("log-leak", Severity.WARNING, "Foo.java", 7, 3, "100% of Customer.email\nleaks", null);
        assertThat(ConsoleReport.githubCommand(f, "shop/src/Foo.java")).isEqualTo(
                "::warning file=shop/src/Foo.java,line=7,col=3,title=pdguard%3Alog-leak::100%25 of Customer.email%0Aleaks");
        Finding note = finding("unannotated-personal-data", Severity.NOTE, "a,b.java", 1, 2, "m", null);
        assertThat(ConsoleReport.githubCommand(note, "a,b.java")).startsWith("::notice file=a%2Cb.java,line=1,col=2,");
    }
}
