package io.github.pdguard.analysis;

import io.github.pdguard.analysis.rules.RuleCatalog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The specification by example ({@code ../shared/examples}, beside the checkout): every folder,
 * analysed as one source root with the default configuration at Java 17, must give exactly the
 * marked findings of the rules this engine has. Runs whenever the folder is present (CI has it);
 * a plain clone without it skips this class.
 */
class SpecExamplesConformanceTest {
    /** The rule ids the examples mark. */
    private static final Set<String> MARKED_RULES = Set.of("log-leak", "purpose-violation", "missing-retention",
            "missing-purpose", "missing-legal-basis", "invalid-declaration", "exception-leak", "tostring-leak");

    private static Path examples() {
        String configured = System.getenv().getOrDefault("PDGUARD_EXAMPLES", System.getProperty("pdguard.examples", ""));
        Path folder = configured.isEmpty() ? Path.of("../../shared/examples") : Path.of(configured);
        Assumptions.assumeTrue(Files.isDirectory(folder), "no spec examples at " + folder.toAbsolutePath());
        return folder;
    }

    private static List<String> checkedRules() {
        return RuleCatalog.ids().stream().filter(MARKED_RULES::contains).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"declarations", "log-leak", "exception-leak", "tostring-leak", "purpose-violation"})
    void folderGivesExactlyTheMarkedFindings(String folder) {
        AnalysisResult result = MarkedFindings.assertMarkedFindings(examples().resolve(folder),
                AnalysisConfig.builder().languageLevel("17"), checkedRules());
        assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("parse-error"));
    }
}
