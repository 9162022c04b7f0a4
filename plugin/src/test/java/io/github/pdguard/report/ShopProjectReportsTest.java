package io.github.pdguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of the demo project {@code test-projects/shop}, as its own build writes them: every
 * finding of {@code expected-findings.txt} in SARIF (schema-valid) and JSON with its path relative
 * to the project, and the records of processing with the planted purpose violations.
 */
class ShopProjectReportsTest {
    private static final Path SHOP = Path.of("../test-projects/shop").toAbsolutePath().normalize();
    private static ReportData data;
    private static List<String> expected;

    @BeforeAll
    static void analyseTheShop() throws Exception {
        assertThat(SHOP.resolve("pom.xml")).as("the demo project beside the plugin").exists();
        AnalysisResult result = new Analyzer(AnalysisConfig.builder().sourceRoot(SHOP.resolve("src/main/java"))
                .languageLevel("17").build()).analyze();
        data = Reports.prepare(result, new ReportSettings("shop", "test", SHOP, SHOP,
                SHOP.resolve("pdguard-baseline.json"), "pdguard/", StandardCharsets.UTF_8), null);
        expected = Files.readAllLines(SHOP.resolve("expected-findings.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    @Test
    void sarifHasExactlyTheExpectedFindingsAndIsSchemaValid() throws Exception {
        String sarif = SarifReport.render(data);
        assertThat(SarifSchema.violations(sarif)).isEmpty();
        List<String> actual = new ArrayList<>();
        for (JsonNode result : new ObjectMapper().readTree(sarif).at("/runs/0/results")) {
            actual.add(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText() + ":"
                    + result.at("/locations/0/physicalLocation/region/startLine").asInt() + " " + result.get("ruleId").asText());
            assertThat(result.at("/partialFingerprints/primaryLocationLineHash").asText()).isNotEmpty();
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void jsonHasExactlyTheExpectedFindings() throws Exception {
        List<String> actual = new ArrayList<>();
        for (JsonNode finding : new ObjectMapper().readTree(JsonReport.render(data))) {
            actual.add(finding.get("file").asText() + ":" + finding.get("line").asInt() + " " + finding.get("rule").asText());
            assertThat(finding.get("status").asText()).isEqualTo("open");
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void inventoryRecordsTheDeclarationsAndThePlantedPurposeViolations() throws Exception {
        JsonNode inventory = new ObjectMapper().readTree(InventoryReport.json(data));
        JsonNode phone = null;
        for (JsonNode declaration : inventory.get("declarations")) {
            if (declaration.get("element").asText().equals("Customer.phoneNumber")) {
                phone = declaration;
            }
        }
        assertThat(phone).isNotNull();
        assertThat(phone.get("retention").isNull()).isTrue();
        assertThat(phone.get("categories").toString()).isEqualTo("[\"CONTACT\"]");
        assertThat(phone.get("file").asText()).isEqualTo("src/main/java/com/example/pharmacy/customer/Customer.java");

        JsonNode marketing = null;
        for (JsonNode context : inventory.get("contexts")) {
            if (context.get("purposes").toString().equals("[\"marketing\"]")) {
                marketing = context;
            }
        }
        assertThat(marketing).isNotNull();
        List<String> violations = new ArrayList<>();
        marketing.get("uses").forEach(use -> {
            if (use.get("status").asText().equals("violation")) {
                violations.add(use.get("data").asText() + " " + use.get("how").asText());
            }
        });
        assertThat(violations).containsExactly("Customer.dateOfBirth read", "NewsletterSubscription.email read",
                "Prescription.medication returned by PrescriptionService.activeMedicationsOf()");
        assertThat(InventoryReport.markdown(data)).contains("### marketing — `CampaignService`");
    }
}
