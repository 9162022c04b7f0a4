package io.github.pdguard.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryReportTest {
    @TempDir
    Path root;

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value);
    }

    @Test
    void jsonHasEveryDeclarationContextAndSuppression() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        Path out = root.resolve("core/target/pdguard");
        List<Path> written = Reports.writeInventory(fixture.prepare(), out);
        assertThat(written).containsExactly(out.resolve("inventory.json"), out.resolve("inventory.md"));

        JsonNode inventory = new ObjectMapper().readTree(Files.readString(out.resolve("inventory.json")));
        assertThat(inventory.get("project").asText()).isEqualTo("Fixture shop");
        JsonNode declarations = inventory.get("declarations");
        assertThat(declarations).hasSize(5);
        JsonNode email = find(declarations, "element", "Customer.email");
        assertThat(email.get("type").asText()).isEqualTo("shop.Customer");
        assertThat(email.get("elementKind").asText()).isEqualTo("field");
        assertThat(email.get("kind").asText()).isEqualTo("personal-data");
        assertThat(email.get("file").asText()).isEqualTo("core/src/main/java/shop/Customer.java");
        assertThat(email.get("line").asInt()).isEqualTo(8);
        assertThat(email.get("categories").toString()).isEqualTo("[\"CONTACT\"]");
        assertThat(email.get("purposes").toString()).isEqualTo("[\"account\"]");
        assertThat(email.get("retention").asText()).isEqualTo("P3Y");
        assertThat(email.get("legalBasis").toString()).isEqualTo("[\"CONTRACT\"]");
        JsonNode diagnosis = find(declarations, "element", "Customer.diagnosis");
        assertThat(diagnosis.get("kind").asText()).isEqualTo("sensitive");
        assertThat(diagnosis.get("specialCategories").toString()).isEqualTo("[\"HEALTH\"]");
        assertThat(diagnosis.get("condition").toString()).isEqualTo("[\"HEALTH_OR_SOCIAL_CARE\"]");
        assertThat(diagnosis.get("legalBasis").toString()).isEqualTo("[\"CONTRACT\"]");
        JsonNode lead = find(declarations, "element", "Lead.name");
        assertThat(lead.get("retention").isNull()).isTrue();
        JsonNode invoice = find(declarations, "element", "Invoice.billingName");
        assertThat(invoice.get("elementKind").asText()).isEqualTo("record-component");

        JsonNode contexts = inventory.get("contexts");
        assertThat(contexts).hasSize(2);
        JsonNode marketing = find(contexts, "element", "Campaigns");
        assertThat(marketing.get("purposes").toString()).isEqualTo("[\"marketing\"]");
        JsonNode use = marketing.get("uses").get(0);
        assertThat(use.get("data").asText()).isEqualTo("Customer.email");
        assertThat(use.get("status").asText()).isEqualTo("violation");
        assertThat(use.get("at").get(0).get("file").asText()).isEqualTo("core/src/main/java/shop/Campaigns.java");
        assertThat(use.get("at").get(0).get("line").asInt()).isEqualTo(8);
        JsonNode account = find(contexts, "element", "Orders");
        assertThat(account.get("uses").get(0).get("status").asText()).isEqualTo("allowed");
        assertThat(account.get("uses").get(0).get("at")).hasSize(3);

        JsonNode suppression = inventory.get("suppressions").get(0);
        assertThat(suppression.get("value").asText()).isEqualTo("pdguard:log-leak");
        assertThat(suppression.get("rule").asText()).isEqualTo("log-leak");
        assertThat(suppression.get("element").asText()).isEqualTo("Orders.audit");
        assertThat(suppression.get("file").asText()).isEqualTo("core/src/main/java/shop/Orders.java");
        assertThat(suppression.get("line").asInt()).isEqualTo(15);
        assertThat(suppression.get("findings").asInt()).isEqualTo(1);
    }

    @Test
    void markdownListsTheRecordsOfProcessing() throws Exception {
        ReportFixture fixture = new ReportFixture(root).withDefaultSources();
        String md = InventoryReport.markdown(fixture.prepare());
        assertThat(md).startsWith("# Records of processing: Fixture shop\n")
                .contains("## Personal data\n")
                .contains("| `Customer.email` | field | CONTACT | account | P3Y | CONTRACT | n/a | core/src/main/java/shop/Customer.java:8 |")
                .contains("| `Customer.diagnosis` | field, sensitive | HEALTH (special category) | dispensing | P3Y | CONTRACT"
                        + " | HEALTH_OR_SOCIAL_CARE |")
                .contains("| `Lead.name` | field | IDENTITY | sales | **none** |")
                .contains("### marketing — `Campaigns`")
                .contains("| `Customer.email` | CONTACT | account | **violation** | read | core/src/main/java/shop/Campaigns.java:8 |")
                .contains("| `@SuppressWarnings(\"pdguard:log-leak\")` | log-leak | `Orders.audit` | core/src/main/java/shop/Orders.java:15 | 1 |");
        assertThat(InventoryReport.markdown(fixture.prepare())).isEqualTo(md);
        assertThat(InventoryReport.json(fixture.prepare())).isEqualTo(InventoryReport.json(fixture.prepare()));
    }
}
