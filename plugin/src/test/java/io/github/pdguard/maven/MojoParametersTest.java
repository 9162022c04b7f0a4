package io.github.pdguard.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SPEC 5: a parameter that cannot be used stops the goal before any analysis, with one message
 * that names the parameter, the value and what would be right, and no stack trace. The goals are
 * run as Maven would after injecting their parameters, on a small project with one finding.
 */
class MojoParametersTest {

    @TempDir
    Path base;

    /** What the goal logged: a goal stopped before analysis logs nothing. */
    private final List<String> logged = new ArrayList<>();

    @BeforeEach
    void writeProject() throws Exception {
        Path sources = Files.createDirectories(base.resolve("src/main/java/shop"));
        Files.writeString(sources.resolve("Customer.java"), """
                package shop;

                import io.github.pdguard.annotations.*;

                class Customer {
                    @PersonalData(category = Category.CONTACT, purposes = "account")
                    String email;
                }
                """);
    }

    private <T extends AbstractPdguardMojo> T configured(T mojo) {
        MavenProject project = new MavenProject();
        project.setFile(base.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(base.resolve("target").toString());
        project.getBuild().setOutputDirectory(base.resolve("target/classes").toString());
        project.addCompileSourceRoot(base.resolve("src/main/java").toString());
        mojo.project = project;
        mojo.outputDirectory = base.resolve("target/pdguard").toFile();
        mojo.baselineFile = base.resolve("pdguard-baseline.json").toFile();
        mojo.formats = "sarif,json";
        mojo.sourceEncoding = "UTF-8";
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                logged.add("[INFO] " + content);
            }

            @Override
            public void warn(CharSequence content) {
                logged.add("[WARNING] " + content);
            }

            @Override
            public void error(CharSequence content) {
                logged.add("[ERROR] " + content);
            }
        });
        if (mojo instanceof CheckMojo check) {
            check.failOnViolation = true;
            check.failOnSeverity = "error";
        }
        return mojo;
    }

    private CheckMojo check(Consumer<CheckMojo> parameters) {
        CheckMojo mojo = configured(new CheckMojo());
        parameters.accept(mojo);
        return mojo;
    }

    /** Runs the goal, expects it to stop before analysing, and returns its one message. */
    private String stopsBeforeAnalysis(AbstractMojo mojo) {
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(e).as("the goal fails with a MojoFailureException").isNotNull();
        assertThat(e.getCause()).as("no stack trace to show").isNull();
        assertThat(logged).as("nothing analysed, nothing written").isEmpty();
        assertThat(base.resolve("target/pdguard")).doesNotExist();
        return e.getMessage();
    }

    @Test
    void theTestProjectIsAnalysedWhenEverythingIsRight() {
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, check(m -> { })::execute);
        assertThat(e.getMessage()).startsWith("pdguard found 1 finding at or above severity error");
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("pdguard:missing-retention"));
        assertThat(base.resolve("target/pdguard/pdguard.sarif")).exists();
    }

    @Test
    void theTestProjectIsAnalysedInAJvmOfItsOwnWithTheSameResult() {
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, check(m -> {
            m.fork = "true";
            m.maxHeap = "256m";
        })::execute);
        assertThat(e.getMessage()).startsWith("pdguard found 1 finding at or above severity error");
        assertThat(logged).anySatisfy(line -> assertThat(line).contains("pdguard:missing-retention"));
    }

    @Test
    void badForkAndMaxHeap() {
        assertThat(stopsBeforeAnalysis(check(m -> m.fork = "sometimes")))
                .isEqualTo("Parameter 'fork': 'sometimes' is not one of true, false, auto");
        assertThat(stopsBeforeAnalysis(check(m -> {
            m.fork = "true";
            m.maxHeap = "2 GB";
        }))).isEqualTo("Parameter 'maxHeap': '2 GB' is not a heap size; use a number with k, m or g, as in -Xmx"
                + " (for example 2g or 1536m)");
    }

    @Test
    void unknownRuleId() {
        assertThat(stopsBeforeAnalysis(check(m -> m.rules = Map.of("no-such-rule", "error"))))
                .startsWith("Parameter 'rules': unknown rule id 'no-such-rule'; known rule ids: log-leak, ");
    }

    @Test
    void badSeverityInRulesAndOnTheCommandLine() {
        assertThat(stopsBeforeAnalysis(check(m -> m.rules = Map.of("log-leak", "fatal"))))
                .isEqualTo("Parameter 'rules': rule 'log-leak' has severity 'fatal'; allowed: note, warning, error, off");
        assertThat(stopsBeforeAnalysis(check(m -> m.rulesProperty = "log-leak")))
                .isEqualTo("Parameter 'rules': 'log-leak' is not of the form rule-id=severity (for example"
                        + " missing-legal-basis=warning)");
    }

    @Test
    void badLanguageLevel() {
        assertThat(stopsBeforeAnalysis(check(m -> m.languageLevel = "JDK17")))
                .startsWith("Parameter 'languageLevel': 'JDK17' is not a Java version pdguard can parse; use a release"
                        + " from 8 to ");
    }

    @Test
    void malformedLogSinksSanitizersAndSources() {
        assertThat(stopsBeforeAnalysis(check(m -> m.logSinks = List.of("AuditTrail.record"))))
                .isEqualTo("Parameter 'logSinks': 'AuditTrail.record' is not of the form fully.qualified.Type#method"
                        + " (for example com.acme.AuditLog#write)");
        assertThat(stopsBeforeAnalysis(check(m -> m.sanitizers = List.of("com.acme.Masking#mask(String)"))))
                .startsWith("Parameter 'sanitizers': 'com.acme.Masking#mask(String)' is not of the form");
        assertThat(stopsBeforeAnalysis(check(m -> m.sources = List.of("com.acme.Geo#lookup=PLACE"))))
                .startsWith("Parameter 'sources': 'com.acme.Geo#lookup=PLACE' is not of the form"
                        + " fully.qualified.Type#method=CATEGORY with CATEGORY one of ");
    }

    @Test
    void badEncoding() {
        assertThat(stopsBeforeAnalysis(check(m -> m.sourceEncoding = "UTF-9")))
                .startsWith("Parameter 'encoding': 'UTF-9' is not a character set this Java knows");
    }

    @Test
    void badFormatsAndFailOnSeverity() {
        assertThat(stopsBeforeAnalysis(check(m -> m.formats = "sarif,pdf")))
                .isEqualTo("Parameter 'formats': 'pdf' is not a report format; allowed: sarif, json, html, markdown"
                        + " (comma-separated, for example sarif,html)");
        assertThat(stopsBeforeAnalysis(check(m -> m.failOnSeverity = "critical")))
                .isEqualTo("Parameter 'failOnSeverity': 'critical' is not a severity; allowed: note, warning, error");
    }

    @Test
    void sinceARefGitDoesNotKnowOrOutsideAGitCheckout() {
        assertThat(stopsBeforeAnalysis(check(m -> m.since = "origin/no-such-branch")))
                .startsWith("Parameter 'since': git rev-parse --show-toplevel failed in " + base)
                .endsWith("(since needs a git checkout and a ref it knows, for example origin/main)");
    }

    @Test
    void baselineFileThatIsADirectoryOrALinkToNowhere() throws Exception {
        Path directory = Files.createDirectories(base.resolve("baselines"));
        assertThat(stopsBeforeAnalysis(check(m -> m.baselineFile = directory.toFile())))
                .startsWith("Parameter 'baselineFile': '" + directory + "' is a directory;");
        Path link = Files.createSymbolicLink(base.resolve("pdguard-baseline.json"), base.resolve("moved.json"));
        assertThat(stopsBeforeAnalysis(check(m -> { })))
                .startsWith("Parameter 'baselineFile': '" + link + "' is a symbolic link to '" + base.resolve("moved.json")
                        + "', which does not exist");
        assertThat(stopsBeforeAnalysis(configured(new BaselineMojo()))).startsWith("Parameter 'baselineFile': '" + link);
    }

    @Test
    void aCorruptBaselineNamesTheFileAndWhatIsWrong() throws Exception {
        Files.writeString(base.resolve("pdguard-baseline.json"), "{\"version\": 1, \"findings\": [");
        assertThat(stopsBeforeAnalysis(check(m -> { })))
                .startsWith("The pdguard baseline file " + base.resolve("pdguard-baseline.json") + " cannot be used:"
                        + " it is not valid JSON at line 1");
    }

    @Test
    void outputDirectoryUnderARegularFile() throws Exception {
        Path file = Files.writeString(base.resolve("reports"), "a file");
        File wanted = file.resolve("pdguard").toFile();
        assertThat(stopsBeforeAnalysis(check(m -> m.outputDirectory = wanted)))
                .isEqualTo("Parameter 'outputDirectory': '" + wanted + "' cannot be created: " + file + " is a file, not"
                        + " a directory; use a directory pdguard can create, for example ${project.build.directory}/pdguard");
        InventoryMojo inventory = configured(new InventoryMojo());
        inventory.outputDirectory = wanted;
        assertThat(stopsBeforeAnalysis(inventory)).startsWith("Parameter 'outputDirectory': '" + wanted + "'");
        // Without report files, check writes nothing there and does not care.
        MojoFailureException e = catchThrowableOfType(MojoFailureException.class, check(m -> {
            m.outputDirectory = wanted;
            m.formats = "";
        })::execute);
        assertThat(e.getMessage()).startsWith("pdguard found 1 finding");
    }
}
