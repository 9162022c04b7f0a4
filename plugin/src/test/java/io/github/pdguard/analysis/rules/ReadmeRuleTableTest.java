package io.github.pdguard.analysis.rules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule table of the README is generated from {@link RuleCatalog#descriptors()}: this test
 * fails when the README's table between the markers differs from the catalogue. With
 * {@code -Dpdguard.updateReadme=true} it rewrites that section instead.
 */
class ReadmeRuleTableTest {
    static final String BEGIN = "<!-- rules:begin -->";
    static final String END = "<!-- rules:end -->";
    static final String UPDATE_COMMAND = "./mvnw -B test -Dpdguard.updateReadme=true";

    /** The Markdown table: rule id, default severity, when it fires. */
    static String table() {
        StringBuilder table = new StringBuilder()
                .append("| rule id | default severity | when it fires |\n")
                .append("| --- | --- | --- |\n");
        for (RuleDescriptor rule : RuleCatalog.descriptors()) {
            table.append("| `").append(rule.id()).append("` | ")
                    .append(rule.defaultSeverityName()).append(" | ")
                    .append(rule.summary().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    private static Path readme() {
        Path module = Path.of(System.getProperty("basedir", "."));
        return module.toAbsolutePath().normalize().getParent().resolve("README.md");
    }

    @Test
    void readmeRuleTableIsTheCatalogue() throws IOException {
        Path readme = readme();
        assertThat(readme).as("the README of the repository").isRegularFile();
        String text = Files.readString(readme, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("%s in %s", BEGIN, readme).isNotNegative();
        assertThat(end).as("%s after %s in %s", END, BEGIN, readme).isGreaterThan(begin);

        String generated = BEGIN + "\n" + table() + END;
        String current = text.substring(begin, end + END.length());
        if (Boolean.getBoolean("pdguard.updateReadme")) {
            if (!current.equals(generated)) {
                Files.writeString(readme, text.substring(0, begin) + generated + text.substring(end + END.length()),
                        StandardCharsets.UTF_8);
            }
            return;
        }
        assertThat(current)
                .as("the rule table in %s is generated from the @RuleDefinition of each rule; regenerate it with %s",
                        readme, UPDATE_COMMAND)
                .isEqualTo(generated);
    }

    @Test
    void everyRuleHasAOneLineSummary() {
        assertThat(RuleCatalog.descriptors()).allSatisfy(rule -> assertThat(rule.summary())
                .as(rule.id()).isNotBlank().doesNotContain("\n"));
    }
}
