package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;
import io.github.pdguard.analysis.Finding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shared plumbing of the rule tests: each case is a source root under
 * {@code src/test/resources/rules/<rule>/<case>}, analysed at Java 17.
 */
public final class RuleCases {
    private RuleCases() {
    }

    /** The source root of one case, {@code rules/<rule>/<name>} on the test class path. */
    public static Path source(String rule, String name) {
        URL url = RuleCases.class.getResource("/rules/" + rule + "/" + name);
        assertThat(url).as("test sources rules/%s/%s", rule, name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The default configuration (SPEC 4) at Java 17. */
    public static AnalysisConfig.Builder defaults() {
        return AnalysisConfig.builder().languageLevel("17");
    }

    /** Analyses without comparing markers, for tests that look at the findings themselves. */
    public static AnalysisResult analyse(Path root, AnalysisConfig.Builder config) {
        try {
            return new Analyzer(config.sourceRoot(root).build()).analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The one unsuppressed finding of {@code rule} on the line of {@code fileName} that contains {@code text}. */
    public static Finding single(AnalysisResult result, Path root, String fileName, String text, String rule) {
        int line = lineOf(root, fileName, text);
        List<Finding> found = result.unsuppressed().stream()
                .filter(f -> f.ruleId().equals(rule) && f.file().getFileName().toString().equals(fileName) && f.line() == line)
                .toList();
        assertThat(found).as("%s findings at %s:%d", rule, fileName, line).hasSize(1);
        return found.get(0);
    }

    /** The unsuppressed findings of {@code rule} on the line of {@code fileName} that contains {@code text}. */
    public static List<Finding> at(AnalysisResult result, Path root, String fileName, String text, String rule) {
        int line = lineOf(root, fileName, text);
        return result.unsuppressed().stream()
                .filter(f -> f.ruleId().equals(rule) && f.file().getFileName().toString().equals(fileName) && f.line() == line)
                .toList();
    }

    /** The 1-based number of the only line of {@code fileName} (anywhere under root) that contains {@code text}. */
    public static int lineOf(Path root, String fileName, String text) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().equals(fileName)).toList();
            assertThat(matches).as("files named %s under %s", fileName, root).hasSize(1);
            List<String> lines = Files.readAllLines(matches.get(0));
            int found = -1;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    assertThat(found).as("'%s' occurs more than once in %s", text, fileName).isEqualTo(-1);
                    found = i + 1;
                }
            }
            assertThat(found).as("'%s' in %s", text, fileName).isPositive();
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
