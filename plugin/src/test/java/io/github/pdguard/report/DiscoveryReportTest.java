package io.github.pdguard.report;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.discovery.DiscoveryRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryReportTest {

    private static DiscoveryReport report() throws Exception {
        Path root = Path.of(DiscoveryReportTest.class.getResource("/rules/discovery/clinic").toURI());
        DiscoveryRun run = DiscoveryRun.run(AnalysisConfig.builder().languageLevel("17").sourceRoot(root).build());
        return new DiscoveryReport(run, root);
    }

    @Test
    void consoleListsEachClassWithItsCandidatesAndAnnotations() throws Exception {
        List<String> lines = report().consoleLines();
        assertThat(lines.get(0)).isEqualTo("pdguard discover: 7 fields or record components in 1 type look like undeclared"
                + " personal data, 0 suppressed; 1 files, 16 lines analysed");
        assertThat(lines.get(1)).isEqualTo("com.clinic.patients.Patient (com/clinic/patients/Patient.java)");
        assertThat(lines).contains(
                "  7: fullName (IDENTITY; matched \"full name\")",
                "      @PersonalData(category = Category.IDENTITY, purposes = {}, retention = \"\")",
                "  8: diagnosis (HEALTH; matched \"diagnosis\")",
                "      @Sensitive(category = SpecialCategory.HEALTH, purposes = {}, retention = \"\", legalBasis = {}, condition = {})",
                "  11: weightKg (HEALTH; matched \"weight\" in person-like type Patient)");
    }

    @Test
    void markdownAndJsonAreWrittenDeterministically(@TempDir Path out) throws Exception {
        List<Path> written = report().write(out);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("discover.md", "discover.json");
        String markdown = Files.readString(out.resolve("discover.md"), StandardCharsets.UTF_8);
        assertThat(markdown).startsWith("# pdguard: undeclared personal data\n\n7 fields or record components in 1 type")
                .contains("## com.clinic.patients.Patient\n\n`com/clinic/patients/Patient.java`\n\n")
                .contains("| 8 | `diagnosis` | HEALTH | matched \"diagnosis\" | `@Sensitive(category = SpecialCategory.HEALTH,"
                        + " purposes = {}, retention = \"\", legalBasis = {}, condition = {})` |");
        String json = Files.readString(out.resolve("discover.json"), StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"filesAnalysed\": 1,\n  \"linesAnalysed\": 16,\n  \"candidates\": [\n    {\n")
                .contains("""
                          "file": "com/clinic/patients/Patient.java",
                          "line": 8,
                          "column": 20,
                          "type": "com.clinic.patients.Patient",
                          "element": "Patient.diagnosis",
                          "kind": "field",
                          "javaType": "String",
                          "specialCategory": "HEALTH",
                          "matched": "diagnosis",
                          "term": "diagnosis",
                          "reason": "HEALTH; matched \\"diagnosis\\"",
                          "annotation": "@Sensitive(category = SpecialCategory.HEALTH, purposes = {}, retention = \\"\\", legalBasis = {}, condition = {})"
                        }
                        """.indent(4).stripTrailing())
                .endsWith("  ],\n  \"suppressed\": [],\n  \"unparsed\": []\n}\n");
        report().write(out);
        assertThat(Files.readString(out.resolve("discover.json"), StandardCharsets.UTF_8)).isEqualTo(json);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("discover.json", "discover.md");
        }
    }

    @Test
    void jsonStringsAreEscaped() {
        assertThat(DiscoveryReport.string("a\"b\\c\nd\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\"");
    }
}
