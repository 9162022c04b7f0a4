package io.github.pdguard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineTest {

    @TempDir
    Path root;

    private ReportFixture fixture() {
        return new ReportFixture(root).withDefaultSources();
    }

    /** What mvn pdguard:baseline does: analyse, accept everything not suppressed, write. */
    private static Baseline writeBaseline(ReportFixture fixture, Baseline previous) throws Exception {
        ReportData data = fixture.prepare(previous);
        Baseline baseline = Reports.baselineOf(data, previous);
        baseline.write(fixture.settings().baselineFile());
        return Baseline.read(fixture.settings().baselineFile());
    }

    @Test
    void acceptsEveryFindingThatIsNotSuppressedWithFileRelativeToTheBuildAndMember() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        long unsuppressed = fixture.analyze().unsuppressed().size();
        assertThat(baseline.entries()).hasSize((int) unsuppressed).isNotEmpty();
        assertThat(baseline.entries()).extracting(Baseline.Entry::file)
                .allMatch(file -> file.startsWith("core/src/main/java/shop/"));
        assertThat(baseline.entries()).filteredOn(e -> e.rule().equals("log-leak")).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("core/src/main/java/shop/Orders.java");
            assertThat(e.member()).isEqualTo("Orders.place");
            assertThat(e.fingerprint()).matches("[0-9a-f]{32}");
            assertThat(e.reason()).isNull();
        });
        String text = Files.readString(fixture.settings().baselineFile());
        assertThat(text).doesNotContain("\"line\"").doesNotContain("\"reason\"").endsWith("]\n}\n");
    }

    @Test
    void isSortedAndDeterministic() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        List<Baseline.Entry> shuffled = new ArrayList<>(baseline.entries());
        Collections.reverse(shuffled);
        assertThat(new Baseline(shuffled).toJson()).isEqualTo(baseline.toJson());
        assertThat(Files.readString(fixture.settings().baselineFile())).isEqualTo(baseline.toJson());
        assertThat(writeBaseline(fixture, null).toJson()).isEqualTo(baseline.toJson());
        List<String> keys = baseline.entries().stream().map(e -> e.file() + " " + e.rule()).toList();
        assertThat(keys).isSorted();
    }

    @Test
    void checkWithTheBaselineHasNoNewFindings() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        ReportData data = fixture.prepare(baseline);
        assertThat(data.open()).isEmpty();
        assertThat(data.baseline().newFindings()).isZero();
        assertThat(data.baseline().baselined()).isEqualTo(baseline.entries().size());
        assertThat(data.baseline().fixed()).isEmpty();
        assertThat(data.baseline().summary()).isEqualTo("0 new, " + baseline.entries().size()
                + " baselined, 0 fixed since the baseline");
        assertThat(data.count(ReportedFinding.Status.SUPPRESSED)).isEqualTo(1);
    }

    @Test
    void survivesCodeMovingDownTheFile() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        fixture.insertBelowFirstLine("shop/Orders.java", "", "// a comment", "");
        fixture.insertBelowFirstLine("shop/Campaigns.java", "", "", "", "", "", "");
        fixture.insertBelowFirstLine("shop/Lead.java", "");
        // Reformatting the line does not matter either.
        Path campaigns = fixture.sources.resolve("shop/Campaigns.java");
        Files.writeString(campaigns, Files.readString(campaigns).replace("return c.getEmail();", "return   c.getEmail() ;"));

        ReportData data = fixture.prepare(baseline);
        assertThat(data.findings()).filteredOn(f -> f.finding().ruleId().equals("log-leak") && f.status()
                != ReportedFinding.Status.SUPPRESSED).singleElement().satisfies(f -> assertThat(f.finding().line()).isEqualTo(15));
        assertThat(data.open()).isEmpty();
        assertThat(data.baseline().summary()).startsWith("0 new, ").endsWith(", 0 fixed since the baseline");
    }

    @Test
    void reportsNewAndFixedFindings() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        Path orders = fixture.sources.resolve("shop/Orders.java");
        Files.writeString(orders, Files.readString(orders)
                .replace("LOG.info(\"order for <\" + c.getEmail() + \"> & co\");", "LOG.info(\"order placed\");")
                .replace("    void check(Customer c) {", "    void ship(Customer c) {\n        LOG.warn(\"shipping to \" + c.getEmail());\n    }\n\n    void check(Customer c) {"));

        ReportData data = fixture.prepare(baseline);
        assertThat(data.open()).singleElement().satisfies(f -> {
            assertThat(f.finding().ruleId()).isEqualTo("log-leak");
            assertThat(f.finding().member()).isEqualTo("Orders.ship");
        });
        assertThat(data.baseline().newFindings()).isEqualTo(1);
        assertThat(data.baseline().fixed()).singleElement().satisfies(e -> assertThat(e.member()).isEqualTo("Orders.place"));
        assertThat(data.baseline().summary()).isEqualTo("1 new, " + (baseline.entries().size() - 1)
                + " baselined, 1 fixed since the baseline");
    }

    @Test
    void equalFindingsAreCountedNotMerged() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        Path campaigns = fixture.sources.resolve("shop/Campaigns.java");
        // The same line twice in one member: one is baselined, the other is new.
        Files.writeString(campaigns, Files.readString(campaigns).replace("        return c.getEmail();",
                "        if (c == null) {\n        return c.getEmail();\n        }\n        return c.getEmail();"));
        ReportData data = fixture.prepare(baseline);
        assertThat(data.open()).singleElement().satisfies(f -> assertThat(f.finding().ruleId()).isEqualTo("purpose-violation"));
        assertThat(Reports.baselineOf(data, baseline).entries()).filteredOn(e -> e.rule().equals("purpose-violation"))
                .hasSize(2).extracting(Baseline.Entry::fingerprint).containsOnly(
                        baseline.entries().stream().filter(e -> e.rule().equals("purpose-violation")).findFirst()
                                .orElseThrow().fingerprint());
    }

    @Test
    void rewritingKeepsReasonsAndDropsFixedEntries() throws Exception {
        ReportFixture fixture = fixture();
        Path file = fixture.settings().baselineFile();
        writeBaseline(fixture, null);
        Files.writeString(file, Files.readString(file).replaceFirst(
                "(\"rule\": \"log-leak\",[^}]*\"fingerprint\": \"[0-9a-f]+\")",
                "$1,\n      \"reason\": \"audit log, ticket SEC-12\""));
        Baseline edited = Baseline.read(file);
        assertThat(edited.entries()).filteredOn(e -> e.reason() != null).hasSize(1);

        Path lead = fixture.sources.resolve("shop/Lead.java");
        Files.writeString(lead, Files.readString(lead).replace("purposes = \"sales\")", "purposes = \"sales\", retention = \"P1Y\")"));
        fixture.insertBelowFirstLine("shop/Orders.java", "", "");
        Baseline rewritten = writeBaseline(fixture, edited);

        assertThat(rewritten.entries()).hasSize(edited.entries().size() - 1);
        assertThat(rewritten.entries()).noneMatch(e -> e.rule().equals("missing-retention"));
        assertThat(rewritten.entries()).filteredOn(e -> e.rule().equals("log-leak")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("audit log, ticket SEC-12"));
        assertThat(Files.readString(file)).contains("\"reason\": \"audit log, ticket SEC-12\"");
        ReportData data = fixture.prepare(rewritten);
        assertThat(data.findings()).filteredOn(f -> f.status() == ReportedFinding.Status.BASELINED
                && f.finding().ruleId().equals("log-leak")).singleElement()
                .satisfies(f -> assertThat(f.reason()).isEqualTo("audit log, ticket SEC-12"));
    }

    @Test
    void entriesOfOtherModulesAreKeptAndNeverCountAsFixed() throws Exception {
        ReportFixture fixture = fixture();
        Baseline.Entry foreign = new Baseline.Entry("log-leak", "web/src/main/java/shop/web/Controller.java",
                "Controller.show", "0123456789abcdef0123456789abcdef", "web team owns it");
        List<Baseline.Entry> entries = new ArrayList<>(writeBaseline(fixture, null).entries());
        entries.add(foreign);
        Baseline shared = new Baseline(entries);

        ReportData data = fixture.prepare(shared);
        assertThat(data.baseline().fixed()).isEmpty();
        assertThat(Reports.baselineOf(data, shared).entries()).contains(foreign);
    }

    @Test
    void matchesWhenTheBuildStartsInTheModule() throws Exception {
        ReportFixture fixture = fixture();
        Baseline baseline = writeBaseline(fixture, null);
        ReportSettings fromModule = new ReportSettings("core", "1.2.3", fixture.module, fixture.module,
                fixture.settings().baselineFile(), "pdguard/", StandardCharsets.UTF_8);
        ReportData data = Reports.prepare(fixture.analyze(), fromModule, baseline);
        assertThat(data.findings()).extracting(ReportedFinding::path).allMatch(p -> p.startsWith("src/main/java/"));
        assertThat(data.open()).isEmpty();
        assertThat(data.baseline().fixed()).isEmpty();
    }

    private static String corruptMessage(Path file, String content) throws Exception {
        Files.writeString(file, content);
        try {
            Baseline.read(file);
        } catch (BaselineException e) {
            assertThat(e.getMessage()).startsWith("The pdguard baseline file " + file + " cannot be used: ")
                    .endsWith("Fix it, or delete it and run mvn pdguard:baseline to write a new one.")
                    .doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("no BaselineException for " + content);
    }

    @Test
    void aCorruptBaselineIsOneClearMessageNamingTheFile() throws Exception {
        Path file = root.resolve("pdguard-baseline.json");
        assertThat(corruptMessage(file, "{\n  \"findings\": [\n    { \"rule\": \"log-leak\" \n  ]\n}\n"))
                .contains("it is not valid JSON at line 4, column 3");
        assertThat(corruptMessage(file, "")).contains("it is empty");
        assertThat(corruptMessage(file, "[]")).contains("must be a JSON object with a \"findings\" array, not an array");
        assertThat(corruptMessage(file, "{\"version\": 1}")).contains("it has no \"findings\" array");
        assertThat(corruptMessage(file, "{\"findings\": {}}")).contains("\"findings\" must be an array, not an object");
        assertThat(corruptMessage(file, "{\"version\": 2, \"findings\": []}")).contains("\"version\" is 2");
        assertThat(corruptMessage(file, "{\"findings\": [], \"extra\": true}")).contains("unknown key \"extra\"");
        assertThat(corruptMessage(file, "{\"findings\": [{\"rule\": \"log-leak\", \"file\": \"A.java\"}]}"))
                .contains("findings[0] has no \"fingerprint\"");
        assertThat(corruptMessage(file, "{\"findings\": [{\"rule\": 3, \"file\": \"A.java\", \"fingerprint\": \"ab\"}]}"))
                .contains("findings[0]: \"rule\" must be a non-empty string, not a number");
        assertThat(corruptMessage(file, "{\"findings\": [{\"rule\": \"x\", \"file\": \"A.java\", \"fingerprint\": \"ab\","
                + " \"reasn\": \"typo\"}]}")).contains("findings[0] has the unknown key \"reasn\"");
        assertThat(corruptMessage(file, "{\"findings\": [\"log-leak\"]}")).contains("findings[0] must be an object, not a string");
        assertThat(corruptMessage(file, "{\"findings\": []} {}")).contains("not valid JSON");
        assertThat(corruptMessage(file, "{\"findings\": [], \"findings\": []}")).contains("Duplicate field 'findings'");
        Files.write(file, new byte[] {'{', (byte) 0xC3, '}'});
        assertThatThrownBy(() -> Baseline.read(file)).isInstanceOf(BaselineException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void anEmptyBaselineIsValid() throws Exception {
        Path file = root.resolve("pdguard-baseline.json");
        Files.writeString(file, "{\"findings\": []}");
        assertThat(Baseline.read(file).entries()).isEmpty();
    }
}
