package io.github.pdguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {
    @TempDir
    Path root;

    @Test
    void everyFindingIsAnObjectWithLocationFlagsAndFingerprint() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        ReportData first = fixture.prepare();
        ReportedFinding violation = first.findings().stream()
                .filter(f -> f.finding().ruleId().equals("purpose-violation")).findFirst().orElseThrow();
        Baseline baseline = new Baseline(List.of(new Baseline.Entry("purpose-violation", violation.path(),
                violation.finding().member(), violation.fingerprint(), "until the CRM migration")));
        ReportData data = fixture.prepare(baseline);

        JsonNode array = new ObjectMapper().readTree(JsonReport.render(data));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(data.findings().size());
        JsonNode first0 = array.get(0);
        assertThat(first0.get("rule").asText()).isEqualTo("purpose-violation");
        assertThat(first0.get("severity").asText()).isEqualTo("error");
        assertThat(first0.get("file").asText()).isEqualTo("core/src/main/java/shop/Campaigns.java");
        assertThat(first0.get("line").asInt()).isEqualTo(8);
        assertThat(first0.get("column").asInt()).isEqualTo(16);
        assertThat(first0.get("member").asText()).isEqualTo("Campaigns.target");
        assertThat(first0.get("message").asText()).isEqualTo("Customer.email (account) used for marketing in Campaigns.target");
        assertThat(first0.get("status").asText()).isEqualTo("baselined");
        assertThat(first0.get("baselined").asBoolean()).isTrue();
        assertThat(first0.get("suppressed").asBoolean()).isFalse();
        assertThat(first0.get("baselineReason").asText()).isEqualTo("until the CRM migration");
        assertThat(first0.get("fingerprint").asText()).isEqualTo(violation.fingerprint());
        assertThat(first0.get("lineHash").asText()).matches("[0-9a-f]+:1");

        JsonNode suppressed = null;
        for (JsonNode node : array) {
            if (node.get("suppressed").asBoolean()) {
                suppressed = node;
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.get("suppressedBy").asText()).isEqualTo("pdguard:log-leak");
        assertThat(suppressed.get("status").asText()).isEqualTo("suppressed");
        assertThat(suppressed.get("line").asInt()).isEqualTo(17);
        assertThat(suppressed.has("baselineReason")).isFalse();
    }

    @Test
    void equalInputGivesByteIdenticalOutput() {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        assertThat(JsonReport.render(fixture.prepare())).isEqualTo(JsonReport.render(fixture.prepare()))
                .startsWith("[\n  {\n    \"rule\": ");
    }
}
