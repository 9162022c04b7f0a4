package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.MarkedFindings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** probable-log-leak: undeclared values named like personal data, followed like declared data into log sinks. */
class ProbableLogLeakRuleTest {
    private static final Path HELPDESK = Path.of("src/test/resources/rules/probable-log-leak/helpdesk");

    @Test
    void namesThatSuggestPersonalDataAreFollowedIntoSinksButDeclaredDataIsALogLeak() {
        AnalysisResult result = MarkedFindings.assertMarkedFindings(HELPDESK, AnalysisConfig.builder(),
                List.of("probable-log-leak", "log-leak"));
        Finding callback = result.findings().stream()
                .filter(f -> f.ruleId().equals("probable-log-leak") && f.message().contains("callback(email)"))
                .findFirst().orElseThrow();
        assertThat(callback.message())
                .contains("inferred from its name")
                .contains("confirm it with @PersonalData")
                .contains("@SuppressWarnings(\"pdguard:probable-log-leak\")");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("probable-log-leak") && f.isSuppressed()).hasSize(1);
    }

    @Test
    void inferenceCanBeTurnedOff() throws Exception {
        AnalysisResult result = new io.github.pdguard.analysis.Analyzer(AnalysisConfig.builder().sourceRoot(HELPDESK)
                .inferPersonalData(false).build()).analyze();
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("probable-log-leak")
                || f.ruleId().equals("unannotated-personal-data"));
        assertThat(result.findings()).anyMatch(f -> f.ruleId().equals("log-leak"));
    }
}
