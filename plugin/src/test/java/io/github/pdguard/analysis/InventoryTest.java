package io.github.pdguard.analysis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The records of processing the engine reads off an analysis, and the member names findings carry. */
class InventoryTest {

    @TempDir
    Path root;

    private void write(String relative, String... lines) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    private AnalysisResult analyze() throws Exception {
        return new Analyzer(AnalysisConfig.builder().sourceRoot(root).threads(1).build()).analyze();
    }

    private void writeShop() throws IOException {
        write("shop/Customer.java",
                "package shop;",
                "import io.github.pdguard.annotations.*;",
                "@PersonalData(purposes = \"account\", retention = \"P3Y\", legalBasis = LegalBasis.CONTRACT)",
                "public class Customer {",
                "    @PersonalData(category = Category.CONTACT)",
                "    String email;",
                "    @Sensitive(category = SpecialCategory.HEALTH, purposes = {\"dispensing\"},",
                "               condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)",
                "    String diagnosis;",
                "    @PersonalData(category = Category.IDENTITY, retention = \"two years\")",
                "    String name;",
                "    public String getEmail() { return email; }",
                "}");
        write("shop/Campaigns.java",
                "package shop;",
                "import io.github.pdguard.annotations.*;",
                "@ProcessingPurpose(\"marketing\")",
                "public class Campaigns {",
                "    @SuppressWarnings(\"pdguard:purpose-violation\")",
                "    String first(Customer c) { return c.getEmail(); }",
                "    String second(Customer c) { return c.getEmail(); }",
                "}");
        write("shop/Accounts.java",
                "package shop;",
                "import io.github.pdguard.annotations.*;",
                "public class Accounts {",
                "    @ProcessingPurpose(\"account\")",
                "    int check(Customer c) { return c.getEmail().length() + c.diagnosis.length(); }",
                "    @SuppressWarnings({\"unchecked\", \"pdguard\"})",
                "    void quiet() { }",
                "}");
    }

    @Test
    void declarationsCarryTheirEffectiveValuesAfterInheritance() throws Exception {
        writeShop();
        Inventory inventory = analyze().inventory();

        assertThat(inventory.declarations()).extracting(Inventory.Declaration::element)
                .containsExactly("Customer", "Customer.email", "Customer.diagnosis", "Customer.name");
        Inventory.Declaration email = inventory.declarations().get(1);
        assertThat(email.kind()).isEqualTo("personal-data");
        assertThat(email.elementKind()).isEqualTo("field");
        assertThat(email.owner()).isEqualTo("shop.Customer");
        assertThat(email.categories()).containsExactly("CONTACT");
        assertThat(email.purposes()).containsExactly("account");
        assertThat(email.retention()).isEqualTo("P3Y");
        assertThat(email.legalBasis()).containsExactly("CONTRACT");
        assertThat(email.location()).isEqualTo(new Inventory.Location(root.resolve("shop/Customer.java"), 6, 12));

        Inventory.Declaration diagnosis = inventory.declarations().get(2);
        assertThat(diagnosis.kind()).isEqualTo("sensitive");
        assertThat(diagnosis.categories()).isEmpty();
        assertThat(diagnosis.specialCategories()).containsExactly("HEALTH");
        assertThat(diagnosis.purposes()).containsExactly("dispensing");
        assertThat(diagnosis.condition()).containsExactly("HEALTH_OR_SOCIAL_CARE");
        assertThat(diagnosis.retention()).isEqualTo("P3Y");

        Inventory.Declaration name = inventory.declarations().get(3);
        assertThat(name.retention()).isNull();
        assertThat(name.problems()).singleElement().asString().contains("two years");
    }

    @Test
    void everyContextListsThePersonalDataItUses() throws Exception {
        writeShop();
        Inventory inventory = analyze().inventory();

        assertThat(inventory.contexts()).extracting(Inventory.Context::element)
                .containsExactly("Accounts.check()", "Campaigns");
        Inventory.Context accounts = inventory.contexts().get(0);
        assertThat(accounts.elementKind()).isEqualTo("method");
        assertThat(accounts.purposes()).containsExactly("account");
        assertThat(accounts.uses()).extracting(Inventory.DataUse::data, Inventory.DataUse::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Customer.diagnosis", "violation"),
                        org.assertj.core.groups.Tuple.tuple("Customer.email", "allowed"));
        Inventory.Context campaigns = inventory.contexts().get(1);
        assertThat(campaigns.elementKind()).isEqualTo("type");
        assertThat(campaigns.uses()).singleElement().satisfies(use -> {
            assertThat(use.data()).isEqualTo("Customer.email");
            assertThat(use.categories()).containsExactly("CONTACT");
            assertThat(use.status()).isEqualTo("violation");
            assertThat(use.how()).isEqualTo("read");
            assertThat(use.at()).extracting(Inventory.Location::line).containsExactly(6, 7);
        });
    }

    @Test
    void everySuppressionIsListedWithWhatItSuppresses() throws Exception {
        writeShop();
        AnalysisResult result = analyze();

        assertThat(result.inventory().suppressions()).containsExactly(
                new Inventory.Suppression("pdguard", "*", "Accounts.quiet",
                        new Inventory.Location(root.resolve("shop/Accounts.java"), 6, 5), 0),
                new Inventory.Suppression("pdguard:purpose-violation", "purpose-violation", "Campaigns.first",
                        new Inventory.Location(root.resolve("shop/Campaigns.java"), 5, 5), 1));
        assertThat(result.suppressed()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("purpose-violation");
            assertThat(f.member()).isEqualTo("Campaigns.first");
        });
    }

    @Test
    void findingsNameTheMemberTheyAreIn() throws Exception {
        writeShop();
        List<Finding> findings = analyze().findings();

        assertThat(findings).filteredOn(f -> f.ruleId().equals("invalid-declaration"))
                .extracting(Finding::member).containsExactly("Customer.name");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("purpose-violation"))
                .extracting(Finding::member)
                .containsExactly("Accounts.check", "Campaigns.first", "Campaigns.second");
        // Declaration findings have no flow; purpose violations carry their call chain (SARIF codeFlows).
        assertThat(findings).filteredOn(f -> f.ruleId().equals("invalid-declaration"))
                .allSatisfy(f -> assertThat(f.flow()).isEmpty());
    }
}
