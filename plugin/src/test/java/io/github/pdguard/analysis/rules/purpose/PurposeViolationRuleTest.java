package io.github.pdguard.analysis.rules.purpose;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.util.List;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static io.github.pdguard.analysis.rules.RuleCases.analyse;
import static io.github.pdguard.analysis.rules.RuleCases.at;
import static io.github.pdguard.analysis.rules.RuleCases.defaults;
import static io.github.pdguard.analysis.rules.RuleCases.single;
import static io.github.pdguard.analysis.rules.RuleCases.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * purpose-violation, Error Prone style: each case is a
 * small source root under {@code src/test/resources/rules/purpose-violation/<case>} whose lines
 * carry {@code // EXPECT: purpose-violation} (twice for two violating contexts of one use) and
 * {@code // clean: reason} on deliberate negatives.
 */
class PurposeViolationRuleTest {
    private static final List<String> RULES = List.of("purpose-violation", "parse-error");

    private static Path root(String name) {
        return source("purpose-violation", name);
    }

    private static AnalysisResult check(String name) {
        return check(name, defaults(), RULES);
    }

    private static AnalysisResult check(String name, AnalysisConfig.Builder config, List<String> rules) {
        return assertMarkedFindings(root(name), config, rules);
    }

    @Test
    void methodConstructorTypeNestedTypeAndPackageContexts() {
        AnalysisResult result = check("contexts");
        Path root = root("contexts");
        assertThat(single(result, root, "NewsletterComposer.java", "customer.getDateOfBirth()", "purpose-violation").message())
                .isEqualTo("Customer.dateOfBirth (age-verification) used for newsletter in NewsletterComposer.birthdayGreeting");
        assertThat(single(result, root, "ShipmentService.java", "this.label = customer.getShippingAddress();", "purpose-violation")
                .message()).contains("used for age-verification in ShipmentService.ShipmentService");
    }

    @Test
    void undeclaredHelpersInOtherFilesTakeEveryContextThatReachesThem() {
        AnalysisResult result = check("transitive-helpers");
        Path root = root("transitive-helpers");
        List<String> messages = at(result, root, "PatientFormatter.java", "return patient.getName() + \": \" + patient.getDiagnosis();",
                "purpose-violation").stream().map(Finding::message).sorted().toList();
        assertThat(messages).containsExactly(
                "Patient.diagnosis (treatment, research) used for billing in InvoiceText.Lines.describe → PatientFormatter.headline"
                        + " → PatientFormatter.label",
                "Patient.name (treatment) used for billing in InvoiceText.Lines.describe → PatientFormatter.headline"
                        + " → PatientFormatter.label",
                "Patient.name (treatment) used for research in CohortExport.rows → PatientFormatter.headline → PatientFormatter.label");
    }

    @Test
    void theCallPathNamedIsTheSameOnEveryRun() {
        // Two methods of one context reach the helper; which path is named must not depend on
        // the identity hash codes of this run's syntax trees.
        List<String> first = null;
        for (int run = 0; run < 12; run++) {
            AnalysisResult result = check("two-entries-one-context");
            List<String> described = result.findings().stream().map(f -> f.message() + " " + f.flow()).toList();
            assertThat(described).hasSize(2);
            if (first == null) {
                first = described;
            }
            assertThat(described).as("run %d", run).isEqualTo(first);
        }
    }

    @Test
    void callsThroughInterfacesAndAbstractClassesReachTheImplementations() {
        AnalysisResult result = check("dispatch");
        Path root = root("dispatch");
        assertThat(single(result, root, "SmsNotifier.java", "holder.getMobile()", "purpose-violation").message())
                .contains("AccountHolder.mobile (account-service) used for marketing in OfferCampaign.run → SmsNotifier.send");
        assertThat(single(result, root, "PushNotifier.java", "holder.getMobile()", "purpose-violation").message())
                .contains("OfferCampaign.run → TemplateNotifier.notifyHolder → PushNotifier.address");
    }

    @Test
    void constructorsAndStaticMethodsRunInTheirCallersContext() {
        AnalysisResult result = check("constructors-and-statics");
        assertThat(single(result, root("constructors-and-statics"), "Recommendation.java", "member.getPurchaseHistory()",
                "purpose-violation").message()).contains("MarketingMailer.mail → Recommendation.Recommendation");
    }

    @Test
    void lambdasAnonymousClassesAndMethodReferencesBelongToTheEnclosingMethod() {
        AnalysisResult result = check("lambdas-and-references");
        assertThat(single(result, root("lambdas-and-references"), "StatisticsReport.java", "map(Visit::patientName)",
                "purpose-violation").message()).contains("Visit.patientName (treatment) used for statistics in StatisticsReport.names");
    }

    @Test
    @Timeout(60)
    void recursionAndCallCyclesTerminate() {
        AnalysisResult result = check("recursion");
        assertThat(single(result, root("recursion"), "FamilyTree.java", "? relative.getName() : even(", "purpose-violation")
                .message()).contains("HouseholdMarketing.alternate → FamilyTree.even → FamilyTree.odd");
    }

    @Test
    void declaredMethodsAreBoundariesAndReturnValuesCrossingThemAreUses() {
        AnalysisResult result = check("boundaries-and-crossings");
        Path root = root("boundaries-and-crossings");
        assertThat(single(result, root, "CrossSellService.java", "String reference = billing.debitReference(buyer);",
                "purpose-violation").message())
                .isEqualTo("Buyer.iban (billing) used for marketing in CrossSellService.campaign,"
                        + " returned by debitReference() of the billing context");
        assertThat(single(result, root, "CampaignRows.java", "billing.debitReference(buyer)", "purpose-violation").message())
                .contains("CrossSellService.campaign → CampaignRows.row");
    }

    @Test
    void constantsAsPurposesOverlappingPurposesAndExactComparison() {
        check("purpose-strings");
    }

    @Test
    void onlyReadingIsAUseFieldsGettersParametersAndAnnotatedMethods() {
        check("uses");
    }

    @Test
    void purposeViolationCanBeLoweredOrTurnedOff() {
        Path root = root("purpose-strings");
        assertThat(analyse(root, defaults().rule("purpose-violation", "note")).unsuppressed())
                .filteredOn(f -> f.ruleId().equals("purpose-violation")).hasSize(3)
                .allMatch(f -> f.severity() == Severity.NOTE);
        assertThat(analyse(root, defaults().rule("purpose-violation", "off")).findings())
                .noneMatch(f -> f.ruleId().equals("purpose-violation"));
    }

    @Test
    void overloadsAreResolvedByArgumentTypes() {
        check("overloads");
    }

    @Test
    void enumConstantBodiesBelongToTheEnumsContext() {
        check("enum-constant-bodies");
    }

    @Test
    void usesThroughBoundMethodReferencesAndTargetTypedLambdas() {
        check("untyped-receivers");
    }
}
