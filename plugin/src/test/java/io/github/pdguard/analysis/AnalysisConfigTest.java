package io.github.pdguard.analysis;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.analysis.rules.RuleDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AnalysisConfigTest {

    private static RuleDescriptor rule(String id) {
        return RuleCatalog.byId(id).orElseThrow();
    }

    @Test
    void theRequestBuildsTheSameConfigurationInAnotherProcess() throws ConfigurationException {
        // What the forked analysis does with the request the Maven goal writes.
        AnalysisConfig config = AnalysisConfig.builder()
                .sourceRoots(List.of(java.nio.file.Path.of("module/src/main/java"), java.nio.file.Path.of("module/gen")))
                .excludes(List.of("**/generated/**")).languageLevel("21").encoding("ISO-8859-1")
                .purposes(List.of("billing", "account-management")).requireLegalBasis(true)
                .rules(Map.of("log-leak", "warning", "parse-error", "off")).threads(3)
                .logSinks(List.of("com.acme.AuditTrail#record")).sanitizers(List.of("com.acme.Masking#mask"))
                .sources(List.of("com.acme.Geo#lookup=LOCATION")).inferPersonalData(false)
                // Not sorted: the first declaration of a class on the classpath counts.
                .classpath(List.of(java.nio.file.Path.of("/m2/z-domain.jar"), java.nio.file.Path.of("/m2/a-lib.jar")))
                .reportOnly(List.of(java.nio.file.Path.of("/work/B.java"), java.nio.file.Path.of("/work/A.java")))
                .cacheFile(java.nio.file.Path.of("target/pdguard/cache/analysis.json"))
                .build();

        AnalysisConfig rebuilt = config.request().toBuilder().build();

        assertThat(rebuilt.request()).isEqualTo(config.request());
        assertThat(rebuilt.fingerprint()).isEqualTo(config.fingerprint());
        assertThat(rebuilt.classpath()).containsExactlyElementsOf(config.classpath());
        assertThat(rebuilt.sourceRoots()).containsExactlyElementsOf(config.sourceRoots());
        assertThat(rebuilt.reportOnly()).isEqualTo(config.reportOnly());
        assertThat(rebuilt.cacheFile()).isEqualTo(config.cacheFile());
        assertThat(rebuilt.threads()).isEqualTo(3);
    }

    @Test
    void defaultsMatchTheSpec() throws ConfigurationException {
        AnalysisConfig config = AnalysisConfig.builder().build();
        assertThat(config.includes()).containsExactly("**/*.java");
        assertThat(config.excludes()).isEmpty();
        assertThat(config.languageLevel()).isEqualTo(LanguageLevel.JAVA_17);
        assertThat(config.encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(config.purposeCatalogue()).isEmpty();
        assertThat(config.requireLegalBasis()).isFalse();
        for (RuleDescriptor descriptor : RuleCatalog.descriptors()) {
            assertThat(config.severityOf(descriptor)).as(descriptor.id()).isEqualTo(descriptor.defaultSeverity());
        }
    }

    @Test
    void unknownRuleIdNamesTheParameterAndListsTheKnownIds() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> AnalysisConfig.builder().rule("no-such-rule", "error").build());
        assertThat(e.parameter()).isEqualTo("rules");
        assertThat(e.getMessage()).startsWith("Parameter 'rules': unknown rule id 'no-such-rule'")
                .contains(RuleCatalog.ids());
    }

    @Test
    void badSeverityNamesTheRuleAndTheAllowedValues() {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> AnalysisConfig.builder().rules(Map.of("missing-retention", "fatal")).build());
        assertThat(e.parameter()).isEqualTo("rules");
        assertThat(e.getMessage()).contains("'missing-retention'", "'fatal'", "error", "warning", "note", "off");
    }

    @Test
    void severitiesAreCaseInsensitiveAndOffTurnsARuleOff() throws ConfigurationException {
        AnalysisConfig config = AnalysisConfig.builder()
                .rule("missing-retention", "OFF")
                .rule("missing-purpose", " Warning ")
                .rule("parse-error", "note")
                .build();
        assertThat(config.severityOf(rule("missing-retention"))).isEmpty();
        assertThat(config.severityOf(rule("missing-purpose"))).contains(Severity.WARNING);
        assertThat(config.severityOf(rule("parse-error"))).contains(Severity.NOTE);
        assertThat(config.severityOf(rule("invalid-declaration"))).contains(Severity.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"banana", "7", "1.7", "1.4", "17.0", "99", "JAVA_17"})
    void unusableLanguageLevelNamesTheParameter(String level) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> AnalysisConfig.builder().languageLevel(level).build());
        assertThat(e.parameter()).isEqualTo("languageLevel");
        assertThat(e.getMessage()).startsWith("Parameter 'languageLevel': '" + level + "'")
                .contains("use a release from 8 to");
    }

    @ParameterizedTest
    @CsvSource({"1.8, JAVA_8", "8, JAVA_8", "11, JAVA_11", "17, JAVA_17", "21, JAVA_21", "' 21 ', JAVA_21"})
    void javaVersionsAsInMavenCompilerReleaseAreAccepted(String level, LanguageLevel expected) throws ConfigurationException {
        AnalysisConfig config = AnalysisConfig.builder().languageLevel(level).build();
        assertThat(config.languageLevel()).isEqualTo(expected);
        assertThat(config.languageLevelName()).isEqualTo(level.trim());
    }

    @Test
    void blankLanguageLevelKeepsTheDefault() throws ConfigurationException {
        assertThat(AnalysisConfig.builder().languageLevel(" ").build().languageLevel()).isEqualTo(LanguageLevel.JAVA_17);
        assertThat(AnalysisConfig.builder().languageLevel(null).build().languageLevel()).isEqualTo(LanguageLevel.JAVA_17);
    }

    @Test
    void unknownEncodingNamesTheParameter() {
        assertThatThrownBy(() -> AnalysisConfig.builder().encoding("UTF-9").build())
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.parameter()).isEqualTo("encoding"))
                .hasMessageContaining("'UTF-9'");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "logSinks | com.acme.Audit.write",
            "logSinks | Audit#",
            "sanitizers | com.acme.Masking#mask()",
            "sanitizers | #mask"})
    void malformedSinkOrSanitizerNamesTheParameterTheValueAndTheForm(String parameter, String value) {
        AnalysisConfig.Builder builder = AnalysisConfig.builder();
        if (parameter.equals("logSinks")) {
            builder.logSinks(List.of("com.acme.Fine#ok", value));
        } else {
            builder.sanitizers(List.of(value));
        }
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class, builder::build);
        assertThat(e.parameter()).isEqualTo(parameter);
        assertThat(e.getMessage()).isEqualTo("Parameter '" + parameter + "': '" + value
                + "' is not of the form fully.qualified.Type#method (for example com.acme.AuditLog#write)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.Geo#lookup", "com.acme.Geo#lookup=PLACE", "com.acme.Geo=LOCATION", "=LOCATION"})
    void malformedSourceNamesTheParameterTheValueAndTheCategories(String value) {
        ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                () -> AnalysisConfig.builder().sources(List.of(value)).build());
        assertThat(e.parameter()).isEqualTo("sources");
        assertThat(e.getMessage()).startsWith("Parameter 'sources': '" + value
                + "' is not of the form fully.qualified.Type#method=CATEGORY with CATEGORY one of ")
                .contains("CONTACT", "LOCATION", "(for example com.acme.Geo#lookup=LOCATION)");
    }

    @Test
    void wellFormedSinksSanitizersAndSourcesAreAccepted() throws ConfigurationException {
        AnalysisConfig config = AnalysisConfig.builder().logSinks(List.of(" com.acme.Audit#write ", ""))
                .sanitizers(List.of("com.acme.Masking#mask")).sources(List.of("com.acme.Geo#lookup = LOCATION")).build();
        assertThat(config.flowOptions().logSinks()).containsExactly("com.acme.Audit#write");
        assertThat(config.flowOptions().sanitizers()).containsExactly("com.acme.Masking#mask");
        assertThat(config.flowOptions().sources()).containsExactly(Map.entry("com.acme.Geo#lookup", "LOCATION"));
    }

    @Test
    void purposeCatalogueIsTrimmedAndBlankEntriesDropped() throws ConfigurationException {
        AnalysisConfig config = AnalysisConfig.builder().purposes(List.of(" billing ", "", "newsletter")).build();
        assertThat(config.purposeCatalogue()).containsExactlyInAnyOrder("billing", "newsletter");
    }

    @Test
    void offByDefaultRuleHasNoSeverityUntilConfigured() throws ConfigurationException {
        Optional<RuleDescriptor> offByDefault = RuleCatalog.descriptors().stream().filter(d -> !d.onByDefault()).findFirst();
        if (offByDefault.isPresent()) {
            RuleDescriptor descriptor = offByDefault.get();
            assertThat(AnalysisConfig.builder().build().severityOf(descriptor)).isEmpty();
            assertThat(AnalysisConfig.builder().rule(descriptor.id(), "error").build().severityOf(descriptor))
                    .contains(Severity.ERROR);
        }
    }
}
