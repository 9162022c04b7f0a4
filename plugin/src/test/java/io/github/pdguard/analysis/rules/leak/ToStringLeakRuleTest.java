package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static io.github.pdguard.analysis.rules.RuleCases.defaults;
import static io.github.pdguard.analysis.rules.RuleCases.lineOf;
import static io.github.pdguard.analysis.rules.RuleCases.single;
import static io.github.pdguard.analysis.rules.RuleCases.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * tostring-leak, Error Prone style: each case is a small source root under
 * {@code src/test/resources/rules/tostring-leak/<case>} whose type-name lines carry
 * {@code // EXPECT: tostring-leak} where a finding is expected and {@code // clean: reason} on
 * deliberate negatives.
 */
class ToStringLeakRuleTest {
    private static final List<String> RULES = List.of("tostring-leak", "parse-error");

    private static Path root(String name) {
        return source("tostring-leak", name);
    }

    private static AnalysisResult check(String name, List<String> rules) {
        return assertMarkedFindings(root(name), defaults(), rules);
    }

    @Test
    void recordsWithAndWithoutOverridingToString() {
        AnalysisResult result = check("records", RULES);
        Path root = root("records");
        assertThat(single(result, root, "Appointment.java", "public record Appointment(", "tostring-leak").message())
                .isEqualTo("Appointment: the record's generated toString() exposes Appointment.patientName (IDENTITY),"
                        + " Appointment.reasonForVisit (HEALTH, special category)");
        assertThat(single(result, root, "Cancellation.java", "public record Cancellation(", "tostring-leak").message())
                .startsWith("Cancellation: toString() exposes Cancellation.confirmationEmail");
    }

    @Test
    void lombokDataValueAndToStringOptions() {
        AnalysisResult result = check("lombok", RULES);
        Path root = root("lombok");
        Finding partlyExcluded = single(result, root, "ReviewNote.java", "class OnCallAgreement {", "tostring-leak");
        assertThat(partlyExcluded.message()).contains("homeAddress").doesNotContain("homePhone");
        assertThat(single(result, root, "EmployeeProfile.java", "public class EmployeeProfile {", "tostring-leak").message())
                .contains("Lombok's generated toString()", "EmployeeProfile.privateAddress (CONTACT)");
    }

    @Test
    void handWrittenToStringUsingAndNotUsingDeclaredFields() {
        check("hand-written", RULES);
    }

    @Test
    void suppressedTypesAndTypeLevelDeclarationsStillLeakWhenLogged() {
        // log-leak is checked too: a suppressed tostring-leak does not make logging the object safe.
        AnalysisResult result = check("suppression-and-type-level", List.of("tostring-leak", "log-leak", "parse-error"));
        Path root = root("suppression-and-type-level");
        List<Integer> suppressed = result.suppressed().stream()
                .filter(f -> f.ruleId().equals("tostring-leak")).map(Finding::line).toList();
        assertThat(suppressed).containsExactlyInAnyOrder(
                lineOf(root, "Lead.java", "public class Lead {"),
                lineOf(root, "Prospect.java", "public record Prospect("));
    }

    @Test
    void accessorCallsWithoutReceiverInToString() {
        check("accessor-calls-in-tostring", RULES);
    }

    @Test
    void lombokToStringOfListsTheOnlyShownFields() {
        check("lombok-tostring-of", RULES);
    }
}
