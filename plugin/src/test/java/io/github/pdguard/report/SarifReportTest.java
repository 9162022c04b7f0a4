package io.github.pdguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.rules.RuleCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path root;

    private static JsonNode parse(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    private static JsonNode resultOf(JsonNode sarif, String ruleId) {
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no " + ruleId + " result in pdguard.sarif");
    }

    @Test
    void isValidAgainstTheOfficialSarif210Schema() {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        String sarif = SarifReport.render(fixture.prepare());
        assertThat(SarifSchema.violations(sarif)).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAnInvalidFile() {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        String broken = SarifReport.render(fixture.prepare()).replace("\"startLine\"", "\"startLineNumber\"")
                .replace("\"level\": \"error\"", "\"level\": \"fatal\"");
        assertThat(SarifSchema.violations(broken)).isNotEmpty();
    }

    @Test
    void driverListsEveryRuleWithDescriptionsHelpLevelAndTags() throws Exception {
        JsonNode sarif = parse(SarifReport.render(new ReportFixture(root).withDefaultSources().prepare()));
        assertThat(sarif.get("$schema").asText()).isEqualTo(SarifReport.SCHEMA);
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.get("runs")).hasSize(1);
        JsonNode driver = sarif.at("/runs/0/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("pdguard");
        assertThat(driver.get("version").asText()).isEqualTo("1.2.3");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
        List<String> ids = new ArrayList<>();
        for (JsonNode rule : driver.get("rules")) {
            ids.add(rule.get("id").asText());
            assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).contains("@SuppressWarnings(\"pdguard:" + rule.get("id").asText());
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
            assertThat(rule.at("/properties/tags").toString()).contains("\"privacy\"");
        }
        assertThat(ids).isEqualTo(RuleCatalog.ids());
        JsonNode logLeak = driver.get("rules").get(ids.indexOf("log-leak"));
        assertThat(logLeak.at("/shortDescription/text").asText())
                .isEqualTo("A personal-data value (declared, or from a known API source) reaches a log sink.");
        assertThat(logLeak.at("/properties/tags").toString()).contains("confidentiality");
        JsonNode undeclared = driver.get("rules").get(ids.indexOf("undeclared-purpose"));
        assertThat(undeclared.at("/defaultConfiguration/enabled").asBoolean(true)).isFalse();
    }

    @Test
    void resultsAreSortedAndPointIntoTheBuildRelativeToSrcroot() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        JsonNode sarif = parse(SarifReport.render(fixture.prepare()));
        JsonNode run = sarif.at("/runs/0");
        assertThat(run.at("/originalUriBaseIds/%SRCROOT%/uri").asText())
                .isEqualTo(root.toUri().toString().endsWith("/") ? root.toUri().toString() : root.toUri() + "/");
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("pdguard/core/");

        List<String> keys = new ArrayList<>();
        for (JsonNode result : run.get("results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            String uri = physical.at("/artifactLocation/uri").asText();
            assertThat(uri).startsWith("core/src/main/java/shop/");
            assertThat(physical.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(physical.at("/region/startLine").asInt()).isPositive();
            assertThat(physical.at("/region/startColumn").asInt()).isPositive();
            assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText()).matches("[0-9a-f]+:\\d+");
            int index = result.get("ruleIndex").asInt();
            assertThat(RuleCatalog.ids().get(index)).isEqualTo(result.get("ruleId").asText());
            assertThat(result.at("/message/text").asText()).isNotBlank();
            keys.add(String.format("%s:%05d:%05d:%s", uri, physical.at("/region/startLine").asInt(),
                    physical.at("/region/startColumn").asInt(), result.get("ruleId").asText()));
        }
        assertThat(keys).hasSize(fixture.analyze().findings().size()).isSorted();

        JsonNode leak = resultOf(sarif, "log-leak");
        assertThat(leak.get("level").asText()).isEqualTo("error");
        assertThat(leak.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("core/src/main/java/shop/Orders.java");
        assertThat(leak.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(leak.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()).isEqualTo("Orders.place");
        assertThat(resultOf(sarif, "tostring-leak").get("level").asText()).isEqualTo("note");
        assertThat(resultOf(sarif, "exception-leak").get("level").asText()).isEqualTo("warning");
    }

    @Test
    void suppressedFindingsAreInSourceSuppressionsAndBaselinedOnesExternal() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        ReportData first = fixture.prepare();
        ReportedFinding violation = first.findings().stream()
                .filter(f -> f.finding().ruleId().equals("purpose-violation")).findFirst().orElseThrow();
        Baseline baseline = new Baseline(List.of(new Baseline.Entry("purpose-violation", violation.path(),
                violation.finding().member(), violation.fingerprint(), "campaign tool migrates in Q3")));

        JsonNode sarif = parse(SarifReport.render(fixture.prepare(baseline)));
        JsonNode suppressed = null;
        for (JsonNode result : sarif.at("/runs/0/results")) {
            if (result.has("suppressions") && result.at("/suppressions/0/kind").asText().equals("inSource")) {
                suppressed = result;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("ruleId").asText()).isEqualTo("log-leak");
        assertThat(suppressed.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(17);
        assertThat(suppressed.at("/suppressions/0/justification").asText())
                .isEqualTo("@SuppressWarnings(\"pdguard:log-leak\")");

        JsonNode baselined = resultOf(sarif, "purpose-violation");
        assertThat(baselined.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(baselined.at("/suppressions/0/justification").asText()).isEqualTo("campaign tool migrates in Q3");
        assertThat(resultOf(sarif, "exception-leak").has("suppressions")).isFalse();
    }

    @Test
    void codeFlowsShowTheStepsFromSourceToSink() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        AnalysisResult analysed = fixture.analyze();
        Path customer = fixture.sources.resolve("shop/Customer.java");
        Path orders = fixture.sources.resolve("shop/Orders.java");
        List<Finding> withFlow = analysed.findings().stream().map(f -> f.ruleId().equals("log-leak") && !f.isSuppressed()
                ? f.withFlow(List.of(new Finding.FlowStep(customer, 8, 12, "Customer.email is declared personal data"),
                new Finding.FlowStep(orders, 12, 41, "read through getEmail()"),
                new Finding.FlowStep(orders, 12, 13, "reaches SLF4J Logger.info"))) : f).toList();
        AnalysisResult result = new AnalysisResult(withFlow, analysed.filesAnalysed(), analysed.linesAnalysed(),
                analysed.elapsed(), analysed.inventory(), List.of());
        String text = SarifReport.render(Reports.prepare(result, fixture.settings(), null));
        assertThat(SarifSchema.violations(text)).isEmpty();

        JsonNode leak = resultOf(parse(text), "log-leak");
        JsonNode steps = leak.at("/codeFlows/0/threadFlows/0/locations");
        assertThat(steps).hasSize(3);
        assertThat(steps.at("/0/location/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("core/src/main/java/shop/Customer.java");
        assertThat(steps.at("/0/location/physicalLocation/region/startLine").asInt()).isEqualTo(8);
        assertThat(steps.at("/0/location/message/text").asText()).isEqualTo("Customer.email is declared personal data");
        assertThat(steps.at("/2/location/message/text").asText()).isEqualTo("reaches SLF4J Logger.info");
        // The engine's own flow for a purpose violation: from the @ProcessingPurpose to the read.
        JsonNode purposeSteps = resultOf(parse(text), "purpose-violation").at("/codeFlows/0/threadFlows/0/locations");
        assertThat(purposeSteps.size()).isGreaterThanOrEqualTo(2);
        assertThat(purposeSteps.at("/0/location/message/text").asText()).startsWith("@ProcessingPurpose(");
        assertThat(purposeSteps.at("/" + (purposeSteps.size() - 1) + "/location/message/text").asText()).startsWith("reads ");
    }

    @Test
    void theEngineGivesLogLeaksAFlowFromTheDeclarationToTheSink() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        String text = SarifReport.render(Reports.prepare(fixture.analyze(), fixture.settings(), null));
        JsonNode steps = resultOf(parse(text), "log-leak").at("/codeFlows/0/threadFlows/0/locations");
        assertThat(steps.size()).isGreaterThanOrEqualTo(2);
        assertThat(steps.at("/0/location/message/text").asText()).contains("is declared personal data");
        assertThat(steps.at("/" + (steps.size() - 1) + "/location/message/text").asText()).startsWith("reaches ");
        assertThat(SarifSchema.violations(text)).isEmpty();
    }

    @Test
    void equalInputGivesByteIdenticalOutput() {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        String first = SarifReport.render(fixture.prepare());
        String second = SarifReport.render(fixture.prepare());
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void lineHashSurvivesBlankLinesInsertedAbove() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        JsonNode before = resultOf(parse(SarifReport.render(fixture.prepare())), "log-leak");
        fixture.insertBelowFirstLine("shop/Orders.java", "", "", "", "");
        JsonNode after = resultOf(parse(SarifReport.render(fixture.prepare())), "log-leak");
        assertThat(after.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(16);
        assertThat(after.at("/partialFingerprints/primaryLocationLineHash").asText())
                .isEqualTo(before.at("/partialFingerprints/primaryLocationLineHash").asText());
        assertThat(after.at("/properties/pdguardFingerprint").asText())
                .isEqualTo(before.at("/properties/pdguardFingerprint").asText());
    }

    @Test
    void pathsAreEncodedAsUriReferences() {
        assertThat(SarifReport.relativeUri("core/src/main/java/my shop/Ä.java"))
                .isEqualTo("core/src/main/java/my%20shop/%C3%84.java");
        assertThat(SarifReport.directoryUri(Path.of("/no/such/dir"))).isEqualTo("file:///no/such/dir/");
    }
}
