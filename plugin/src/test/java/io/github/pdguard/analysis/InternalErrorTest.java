package io.github.pdguard.analysis;

import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.rules.ParseErrorRule;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SPEC 5: pdguard's own failures. One that happens while a file's code is checked fails the build
 * as a finding at that file, saying it is an internal error and where to report it; every other
 * file is still analysed. One outside any file stops the analysis with a message, not a stack trace.
 */
class InternalErrorTest {

    @TempDir
    Path root;

    /** Reports every declaration, but fails on those in Customer.java, as a bug in a rule would. */
    @RuleDefinition(id = "exploding", severity = Severity.WARNING, summary = "test rule", description = "test rule")
    static final class ExplodingRule implements Rule {
        @Override
        public void check(RuleContext context) {
            for (DataDeclaration declaration : context.declarations().dataDeclarations()) {
                context.guard(declaration.file(), declaration.name(), () -> {
                    if (declaration.file().path().endsWith("Customer.java")) {
                        throw new IllegalStateException("boom in " + declaration.displayName());
                    }
                    context.report(declaration.file(), declaration.name(), "checked " + declaration.displayName());
                });
            }
        }
    }

    @RuleDefinition(id = "broken", severity = Severity.ERROR, summary = "test rule", description = "test rule")
    static final class BrokenRule implements Rule {
        @Override
        public void check(RuleContext context) {
            throw new UnsupportedOperationException("not like this");
        }
    }

    private void writeSources() throws Exception {
        Files.createDirectories(root.resolve("shop"));
        Files.writeString(root.resolve("shop/Customer.java"), """
                package shop;

                import io.github.pdguard.annotations.*;

                class Customer {
                    @PersonalData(category = Category.CONTACT, purposes = "account", retention = "P1Y")
                    String email;
                }
                """);
        Files.writeString(root.resolve("shop/Order.java"), """
                package shop;

                import io.github.pdguard.annotations.*;

                class Order {
                    @PersonalData(category = Category.CONTACT, purposes = "delivery", retention = "P1Y")
                    String address;
                }
                """);
    }

    private Analyzer analyzer(Rule... rules) throws ConfigurationException {
        return new Analyzer(AnalysisConfig.builder().sourceRoot(root).build(), () -> List.of(rules));
    }

    @Test
    void aRuleFailingOnOneFilesCodeIsAFailingFindingAtThatFileAndTheOtherFilesAreStillChecked() throws Exception {
        writeSources();

        AnalysisResult result = analyzer(new ExplodingRule(), new ParseErrorRule()).analyze();

        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("parse-error")).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(root.resolve("shop/Customer.java").toAbsolutePath().normalize());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.column()).isEqualTo(12);
            assertThat(f.message()).startsWith("cannot analyse this code: internal error in rule exploding")
                    .contains("IllegalStateException: boom in Customer.email", AnalysisException.REPORT_AT, "<excludes>")
                    .doesNotContain("\tat ", "java.lang.");
        });
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("exploding"))
                .extracting(Finding::message).containsExactly("checked Order.address");
        // The build fails on it: an error at the default failOnSeverity.
        assertThat(result.atOrAbove(Severity.ERROR)).isNotEmpty();
    }

    @Test
    void aRuleFailingOutsideAnyFileStopsTheAnalysisWithAMessageSayingHowToReportIt() throws Exception {
        writeSources();

        AnalysisException e = catchThrowableOfType(AnalysisException.class,
                () -> analyzer(new BrokenRule(), new ParseErrorRule()).analyze());

        assertThat(e.getMessage()).startsWith("pdguard internal error in rule broken (UnsupportedOperationException: not like this)")
                .contains(AnalysisException.REPORT_AT, "<rules><broken>off</broken></rules>");
    }
}
