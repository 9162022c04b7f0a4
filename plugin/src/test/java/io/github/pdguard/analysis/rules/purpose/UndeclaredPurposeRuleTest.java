package io.github.pdguard.analysis.rules.purpose;

import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static io.github.pdguard.analysis.MarkedFindings.assertMarkedFindings;
import static io.github.pdguard.analysis.rules.RuleCases.defaults;
import static io.github.pdguard.analysis.rules.RuleCases.single;
import static io.github.pdguard.analysis.rules.RuleCases.source;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * undeclared-purpose (off by default), Error Prone style, on the cases under
 * {@code src/test/resources/rules/undeclared-purpose/<case>}: reads of declared data that no
 * {@code @ProcessingPurpose} reaches. Such code is not purpose-checked, so purpose-violation is
 * checked alongside and must stay silent there.
 */
class UndeclaredPurposeRuleTest {
    private static final List<String> RULES = List.of("undeclared-purpose", "purpose-violation", "parse-error");

    private static Path root(String name) {
        return source("undeclared-purpose", name);
    }

    @Test
    void offByDefaultAndUnreachedCodeIsNotPurposeChecked() {
        AnalysisResult result = assertMarkedFindings(root("reachability"), defaults(), List.of("purpose-violation", "parse-error"));
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("undeclared-purpose"));
    }

    @Test
    void reportsReadsThatNoDeclaredContextReaches() {
        AnalysisResult result = assertMarkedFindings(root("reachability"), defaults().rule("undeclared-purpose", "warning"), RULES);
        Finding finding = single(result, root("reachability"), "ExportJob.java", ".append(subscriber.getEmail())", "undeclared-purpose");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).startsWith("Subscriber.email (CONTACT) is read in code that no @ProcessingPurpose reaches");
    }

    @Test
    void canBeMadeAnError() {
        AnalysisResult result = assertMarkedFindings(root("reachability"), defaults().rule("undeclared-purpose", "error"), RULES);
        assertThat(result.unsuppressed()).filteredOn(f -> f.ruleId().equals("undeclared-purpose"))
                .hasSize(2).allMatch(f -> f.severity() == Severity.ERROR);
    }
}
