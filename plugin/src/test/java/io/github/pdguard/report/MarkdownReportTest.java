package io.github.pdguard.report;

import io.github.pdguard.analysis.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownReportTest {
    @TempDir
    Path root;

    @Test
    void findingsByRuleWithStatus() {
        String md = MarkdownReport.render(new ReportFixture(root).withDefaultSources().prepare());
        assertThat(md).startsWith("# pdguard: Fixture shop\n\n**5 open findings** (3 errors, 1 warning, 1 note), 1 suppressed, 0 baselined; 5 files analysed.")
                .contains("## log-leak (2)")
                .contains("| error | `core/src/main/java/shop/Orders.java:12:13` | Customer.email (CONTACT) reaches SLF4J Logger.info | **open** |")
                .contains("| suppressed by `@SuppressWarnings(\"pdguard:log-leak\")` |");
    }

    @Test
    void formatsParameterAcceptsTheFourFormatsAndNamesItselfOnAnUnknownOne() throws Exception {
        assertThat(ReportFormat.parseList("sarif,html")).containsExactly(ReportFormat.SARIF, ReportFormat.HTML);
        assertThat(ReportFormat.parseList(" JSON , markdown sarif")).containsExactlyInAnyOrder(ReportFormat.JSON,
                ReportFormat.MARKDOWN, ReportFormat.SARIF);
        assertThat(ReportFormat.parseList("")).isEmpty();
        assertThatThrownBy(() -> ReportFormat.parseList("sarif,xml")).isInstanceOf(ConfigurationException.class)
                .hasMessage("Parameter 'formats': 'xml' is not a report format; allowed: sarif, json, html, markdown"
                        + " (comma-separated, for example sarif,html)");
    }

    @Test
    void writesTheChosenFilesAtomically() throws Exception {
        ReportData data = new ReportFixture(root).withDefaultSources().prepare();
        Path out = root.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("pdguard.json"), "old");
        List<Path> written = Reports.write(data, EnumSet.allOf(ReportFormat.class), out);
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("pdguard.sarif", "pdguard.json", "pdguard.html", "pdguard.md");
        assertThat(Files.readString(out.resolve("pdguard.json"))).startsWith("[");
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "pdguard.sarif", "pdguard.json", "pdguard.html", "pdguard.md");
        }
    }
}
