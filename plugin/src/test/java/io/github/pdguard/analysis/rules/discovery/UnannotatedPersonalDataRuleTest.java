package io.github.pdguard.analysis.rules.discovery;

import io.github.pdguard.analysis.rules.RuleCases;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code unannotated-personal-data} on small realistic sources under
 * {@code src/test/resources/rules/discovery/<case>}: {@code // EXPECT:} marks every expected
 * finding, {@code // clean:} the deliberate negatives.
 */
class UnannotatedPersonalDataRuleTest {
    private static final List<String> RULES = List.of("unannotated-personal-data", "parse-error");

    private static Path source(String name) {
        return RuleCases.source("discovery", name);
    }

    private static AnalysisConfig.Builder defaults() {
        return RuleCases.defaults();
    }

    private static Finding at(AnalysisResult result, String fileName, int line) {
        List<Finding> found = result.findings().stream()
                .filter(f -> f.ruleId().equals("unannotated-personal-data"))
                .filter(f -> f.file().getFileName().toString().equals(fileName) && f.line() == line)
                .toList();
        assertThat(found).as("findings at %s:%d", fileName, line).hasSize(1);
        return found.get(0);
    }

    @Test
    void englishNamesInPersonTypesNestedTypesRecordsAndLocalRecords() {
        AnalysisResult result = assertMarkedFindings(source("crm"), defaults(), RULES);
        Finding email = at(result, "Customer.java", 20);
        assertThat(email.severity()).isEqualTo(Severity.NOTE);
        assertThat(email.column()).isEqualTo(20);
        assertThat(email.message()).isEqualTo("Customer.email looks like personal data (CONTACT; matched \"email\"):"
                + " declare it with @PersonalData(category = Category.CONTACT, purposes = {...}, retention = \"...\")"
                + " or suppress with @SuppressWarnings(\"pdguard:unannotated-personal-data\")");
        assertThat(at(result, "Customer.java", 19).message())
                .startsWith("Customer.name looks like personal data (IDENTITY; matched \"name\" in person-like type Customer)");
        assertThat(at(result, "Product.java", 10).message())
                .startsWith("Product.ownerName looks like personal data (IDENTITY; matched \"name\" after \"owner\")");
        assertThat(at(result, "Address.java", 5).message()).startsWith("Address.street looks like personal data (CONTACT;");
        assertThat(at(result, "Customer.java", 46).message()).startsWith("Customer.EmergencyContact.name looks like");
    }

    @Test
    void suppressedCandidatesAreReportedAsSuppressed() {
        AnalysisResult result = assertMarkedFindings(source("crm"), defaults(), RULES);
        assertThat(result.suppressed()).extracting(Finding::ruleId, Finding::line, Finding::suppressedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unannotated-personal-data", 36,
                        "pdguard:unannotated-personal-data"));
    }

    @Test
    void germanNames() {
        assertMarkedFindings(source("german"), defaults(), RULES);
    }

    @Test
    void specialCategoriesSuggestSensitive() {
        AnalysisResult result = assertMarkedFindings(source("clinic"), defaults(), RULES);
        assertThat(at(result, "Patient.java", 8).message()).isEqualTo("Patient.diagnosis looks like special-category"
                + " personal data (HEALTH; matched \"diagnosis\"): declare it with @Sensitive(category ="
                + " SpecialCategory.HEALTH, purposes = {...}, retention = \"...\", legalBasis = {...}, condition = {...})"
                + " or suppress with @SuppressWarnings(\"pdguard:unannotated-personal-data\")");
    }

    @Test
    void inferPersonalDataOffReportsNothing() throws Exception {
        for (String name : List.of("crm", "german", "clinic")) {
            AnalysisResult result = new Analyzer(defaults().inferPersonalData(false).sourceRoot(source(name)).build()).analyze();
            assertThat(result.findings()).as(name).noneMatch(f -> f.ruleId().equals("unannotated-personal-data"));
        }
    }

    @Test
    void theRuleCanBeTurnedOffOrRaised() throws Exception {
        AnalysisResult off = new Analyzer(defaults().rule("unannotated-personal-data", "off").sourceRoot(source("clinic"))
                .build()).analyze();
        assertThat(off.findings()).isEmpty();
        AnalysisResult warning = new Analyzer(defaults().rule("unannotated-personal-data", "warning")
                .sourceRoot(source("clinic")).build()).analyze();
        assertThat(warning.findings()).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
    }
}
