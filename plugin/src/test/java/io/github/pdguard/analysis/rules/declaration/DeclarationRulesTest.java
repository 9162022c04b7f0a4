package io.github.pdguard.analysis.rules.declaration;

import io.github.pdguard.analysis.rules.RuleCases;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declaration rules, Error Prone style: each case is a small source root under
 * {@code src/test/resources/rules/declarations/<case>} whose lines carry {@code // EXPECT: rule-id}
 * where a finding is expected and {@code // clean: reason} on deliberate negatives.
 */
class DeclarationRulesTest {
    /** Every rule that may report on a declaration; parse-error must not occur in these sources. */
    private static final List<String> RULES = List.of("missing-retention", "missing-purpose", "missing-legal-basis",
            "invalid-declaration", "parse-error");

    private static Path source(String name) {
        return RuleCases.source("declarations", name);
    }

    private static AnalysisConfig.Builder defaults() {
        return RuleCases.defaults();
    }

    private static AnalysisResult check(String name, AnalysisConfig.Builder config) {
        return assertMarkedFindings(source(name), config, RULES);
    }

    private static Finding single(AnalysisResult result, String fileName, int line) {
        List<Finding> found = result.unsuppressed().stream()
                .filter(f -> f.file().getFileName().toString().equals(fileName) && f.line() == line)
                .toList();
        assertThat(found).as("findings at %s:%d", fileName, line).hasSize(1);
        return found.get(0);
    }

    @Test
    void typeLevelDefaultsAreInheritedByDeclaredFields() {
        check("typedefaults", defaults());
    }

    @Test
    void ownAttributesOverrideTheTypeAndEmptyOnesInherit() {
        AnalysisResult result = check("overrides", defaults());
        assertThat(single(result, "ShippingContact.java", 15).message()).contains("'30 days'");
        assertThat(single(result, "LegacyCustomer.java", 8).message())
                .startsWith("LegacyCustomer: ").contains("'three years'", "P2Y");
    }

    @Test
    void constantsResolveAcrossClassesInterfacesStaticImportsAndConcatenation() {
        AnalysisResult result = check("constants", defaults());
        assertThat(single(result, "BillingProfile.java", 40).message()).contains("Purposes.DEFAULT_PURPOSE", "static final");
        assertThat(single(result, "BillingProfile.java", 46).message()).contains("Purposes.LOYALTY");
    }

    @Test
    void fullyQualifiedAnnotationsAreRecognised() {
        check("fullyqualified", defaults());
    }

    @Test
    void staticallyImportedEnumConstantsResolve() {
        AnalysisResult result = check("staticimports", defaults());
        assertThat(single(result, "EmergencyContact.java", 28).message()).contains("CONTACT_DETAILS");
    }

    @Test
    void recordComponentsAndRecordLevelDefaults() {
        AnalysisResult result = check("records", defaults());
        assertThat(single(result, "AppointmentRequest.java", 20).message())
                .startsWith("AppointmentRequest.reason (HEALTH, special category)")
                .contains("condition")
                .doesNotContain("legalBasis");
    }

    @Test
    void nestedTypesInheritFromTheNearestAnnotatedEnclosingTypeThroughEveryLevel() {
        check("nested", defaults());
    }

    @Test
    void sensitiveNeedsLegalBasisAndCondition() {
        AnalysisResult result = check("sensitive", defaults());
        assertThat(single(result, "Admission.java", 24).message()).contains("legalBasis", "condition");
        assertThat(single(result, "Admission.java", 20).message()).contains("legalBasis").doesNotContain("no condition");
    }

    @Test
    void requireLegalBasisExtendsToPersonalData() {
        check("requirelegalbasis", defaults().requireLegalBasis(true));
    }

    @Test
    void withoutRequireLegalBasisPersonalDataNeedsNone() throws Exception {
        AnalysisResult result = new io.github.pdguard.analysis.Analyzer(
                defaults().sourceRoot(source("requirelegalbasis")).build()).analyze();
        assertThat(result.unsuppressed()).extracting(f -> f.file().getFileName() + ":" + f.line() + " " + f.ruleId())
                .containsExactly("CustomerAccount.java:23 missing-legal-basis");
    }

    @Test
    void purposesOutsideTheConfiguredCatalogueAreInvalidWithASuggestion() {
        AnalysisResult result = check("catalogue",
                defaults().purposes(List.of("billing", "newsletter", "order-fulfilment", "marketing")));
        assertThat(single(result, "Subscriber.java", 13).message()).isEqualTo("Subscriber.billingName: purpose 'biling'"
                + " is not in the configured purposes catalogue (did you mean 'billing'?)");
        assertThat(single(result, "Subscriber.java", 19).message())
                .contains("purpose 'Newsletter' is not in the configured purposes catalogue (did you mean 'newsletter'?)");
        assertThat(single(result, "CampaignProfile.java", 8).message()).contains("(did you mean 'marketing'?)");
        assertThat(single(result, "NewsletterSender.java", 8).message())
                .startsWith("@ProcessingPurpose of NewsletterSender: ")
                .contains("purpose 'newsleter'", "(did you mean 'newsletter'?)");
        assertThat(single(result, "NewsletterSender.java", 16).message())
                .contains("purpose 'newsletters'", "(did you mean 'newsletter'?)")
                .doesNotContain("'marketing' is not");
    }

    @Test
    void anAnnotationNamedPersonalDataFromAnotherPackageIsNotOurs() {
        check("foreign", defaults());
    }

    @Test
    void aNonConstantValueGivesOnlyInvalidDeclaration() {
        AnalysisResult result = check("nonconstant", defaults());
        assertThat(single(result, "ArchivedReport.java", 12).message()).contains("ArchiveSettings.configuredRetention");
        assertThat(single(result, "ArchivedReport.java", 21).message()).contains("archivePurpose");
    }

    @Test
    void ruleSeveritiesCanBeChangedOrTurnedOff() {
        AnalysisResult result = check("severityoff",
                defaults().rule("missing-retention", "off").rule("missing-purpose", "warning"));
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("missing-retention"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("missing-purpose"))
                .hasSize(2)
                .allMatch(f -> f.severity() == Severity.WARNING);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("invalid-declaration"))
                .allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void declarationsInLocalAndAnonymousClassesAreChecked() {
        check("localtypes", defaults());
    }

    @Test
    void constantsInPackageInfoResolveThroughItsImports() {
        check("packageinfo", defaults().purposes(List.of("billing")));
    }
}
