package io.github.pdguard.analysis.cache;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cache that gives other findings than a full run is a bug: between runs on a copy of the shop
 * demo, files are changed, added and removed, settings change and the cache file is damaged, and
 * every cached run is compared with a full analysis of the same inputs.
 */
class ResultCacheTest {
    private static final Path SHOP = Path.of("../test-projects/shop/src/main/java");

    @TempDir
    Path project;
    private Path sources;
    private Path cacheFile;

    @BeforeEach
    void copyShop() throws IOException {
        sources = project.resolve("src/main/java");
        cacheFile = project.resolve("target/pdguard/cache/analysis.json");
        try (Stream<Path> walk = Files.walk(SHOP)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = sources.resolve(SHOP.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
    }

    @Test
    void anUnchangedProjectIsAnsweredFromTheCacheWithTheSameFindingsAndInventory() throws Exception {
        AnalysisResult first = cached(UnaryOperator.identity());
        assertThat(first.fromCache()).isFalse();
        assertThat(cacheFile).isRegularFile();
        assertThat(first.findings()).isNotEmpty();

        AnalysisResult second = cached(UnaryOperator.identity());
        assertThat(second.fromCache()).isTrue();
        assertSameAsFullRun(second, UnaryOperator.identity());
        assertThat(second.inventory()).isEqualTo(first.inventory());
        assertThat(second.filesAnalysed()).isEqualTo(first.filesAnalysed());
        assertThat(second.linesAnalysed()).isEqualTo(first.linesAnalysed());
    }

    @Test
    void theStoredResultIsReadWithoutAnalysingAndOnlyWhileNothingChanged() throws Exception {
        // What the Maven goal asks before it starts a separate JVM for the analysis.
        Analyzer analyzer = new Analyzer(config().cacheFile(cacheFile).build());
        assertThat(lookUp(analyzer).stored()).isEmpty();
        AnalysisResult first = analyzer.analyze();

        Analyzer.CacheLookup hit = lookUp(analyzer);
        AnalysisResult stored = hit.stored().orElseThrow();
        assertThat(stored.fromCache()).isTrue();
        assertThat(stored.findings()).isEqualTo(first.findings());
        assertThat(stored.inventory()).isEqualTo(first.inventory());

        edit("com/example/pharmacy/customer/CustomerService.java",
                "LOG.info(\"registered customer \" + customer.getLastName()", "LOG.info(\"registered customer \" + 1");
        Analyzer.CacheLookup miss = lookUp(analyzer);
        assertThat(miss.stored()).isEmpty();
        assertThat(miss.key()).isNotEqualTo(hit.key());
        Analyzer plain = new Analyzer(config().build());
        assertThat(plain.lookUpCache(plain.sourceFiles())).as("without a cache").isEmpty();

        // What the forked analysis does with that miss: analyse, and store under its key.
        AnalysisResult after = analyzer.analyzeAfterMiss(miss);
        assertSameAsFullRun(after, UnaryOperator.identity());
        assertThat(lookUp(analyzer).stored().orElseThrow().findings()).isEqualTo(after.findings());
    }

    @Test
    void aDamagedCacheFoundByTheLookupIsSaidByTheAnalysisAfterIt() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "{ not json");
        Analyzer analyzer = new Analyzer(config().cacheFile(cacheFile).build());

        AnalysisResult result = analyzer.analyzeAfterMiss(lookUp(analyzer));

        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("is not a pdguard cache or is damaged"));
        assertThat(lookUp(analyzer).stored()).as("replaced").isPresent();
    }

    private static Analyzer.CacheLookup lookUp(Analyzer analyzer) throws IOException {
        return analyzer.lookUpCache(analyzer.sourceFiles()).orElseThrow();
    }

    @Test
    void changedAddedAndRemovedFilesGiveTheFindingsOfAFullRun() throws Exception {
        AnalysisResult before = cached(UnaryOperator.identity());

        // A helper in another file than its callers: what they log changes with it.
        edit("com/example/pharmacy/common/ContactFormatter.java",
                "customer.getFirstName() + \" \" + customer.getLastName() + \" <\" + customer.getEmail() + \">\"",
                "\"customer #\" + customer.getId()");
        AnalysisResult changed = cached(UnaryOperator.identity());
        assertThat(changed.fromCache()).isFalse();
        assertSameAsFullRun(changed, UnaryOperator.identity());

        // A leak fixed in one place.
        edit("com/example/pharmacy/customer/CustomerService.java",
                "LOG.info(\"registered customer \" + customer.getLastName()", "LOG.info(\"registered customer \" + 1");
        AnalysisResult fixed = cached(UnaryOperator.identity());
        assertThat(fixed.fromCache()).isFalse();
        assertThat(fixed.findings()).hasSizeLessThan(before.findings().size());
        assertSameAsFullRun(fixed, UnaryOperator.identity());

        // A new file with a leak.
        Path added = sources.resolve("com/example/pharmacy/audit/AuditTrail.java");
        Files.createDirectories(added.getParent());
        Files.writeString(added, """
                package com.example.pharmacy.audit;

                import com.example.pharmacy.customer.Customer;
                import org.slf4j.Logger;
                import org.slf4j.LoggerFactory;

                public class AuditTrail {
                    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

                    public void loggedIn(Customer customer) {
                        LOG.info("login by {}", customer.getEmail());
                    }
                }
                """);
        AnalysisResult grown = cached(UnaryOperator.identity());
        assertThat(grown.fromCache()).isFalse();
        assertThat(grown.findings()).anyMatch(f -> f.file().endsWith("AuditTrail.java"));
        assertSameAsFullRun(grown, UnaryOperator.identity());

        // A file removed.
        Files.delete(sources.resolve("com/example/pharmacy/support/CallbackRequest.java"));
        AnalysisResult shrunk = cached(UnaryOperator.identity());
        assertThat(shrunk.fromCache()).isFalse();
        assertThat(shrunk.findings()).noneMatch(f -> f.file().endsWith("CallbackRequest.java"));
        assertSameAsFullRun(shrunk, UnaryOperator.identity());

        // Touched, not changed: the content decides.
        Path touched = sources.resolve("com/example/pharmacy/order/OrderService.java");
        Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));
        assertThat(cached(UnaryOperator.identity()).fromCache()).isTrue();
    }

    @Test
    void aChangedSettingIsAFullRunWithThatSetting() throws Exception {
        cached(UnaryOperator.identity());
        UnaryOperator<AnalysisConfig.Builder> logLeakOff = b -> b.rule("log-leak", "off");
        AnalysisResult withoutLogLeak = cached(logLeakOff);
        assertThat(withoutLogLeak.fromCache()).isFalse();
        assertThat(withoutLogLeak.findings()).noneMatch(f -> f.ruleId().equals("log-leak"));
        assertSameAsFullRun(withoutLogLeak, logLeakOff);

        UnaryOperator<AnalysisConfig.Builder> catalogue = b -> b.purposes(java.util.List.of("order-fulfilment"));
        AnalysisResult withCatalogue = cached(catalogue);
        assertThat(withCatalogue.fromCache()).isFalse();
        assertSameAsFullRun(withCatalogue, catalogue);
        assertThat(cached(catalogue).fromCache()).isTrue();
    }

    @Test
    void aRecompiledDependencyIsAFullRun() throws Exception {
        // Another module's classes: their declarations count here (SPEC 3.5), so a rebuild of them counts too.
        Path classes = project.resolve("domain/target/classes");
        Files.createDirectories(classes.resolve("com/example"));
        Files.write(classes.resolve("com/example/Placeholder.class"), new byte[]{1, 2, 3});
        UnaryOperator<AnalysisConfig.Builder> withDomain = b -> b.classpath(java.util.List.of(classes));
        cached(withDomain);
        assertThat(cached(withDomain).fromCache()).isTrue();
        Files.write(classes.resolve("com/example/Placeholder.class"), new byte[]{1, 2, 3, 4});
        assertThat(cached(withDomain).fromCache()).isFalse();
    }

    @Test
    void aDamagedCacheIsSaidAndReplacedAndTheAnalysisRunsInFull() throws Exception {
        cached(UnaryOperator.identity());
        Files.writeString(cacheFile, "{\"format\":\"pdguard-result-cache/1\",\"key\":\"", StandardCharsets.UTF_8);
        AnalysisResult afterDamage = cached(UnaryOperator.identity());
        assertThat(afterDamage.fromCache()).isFalse();
        assertThat(afterDamage.warnings()).singleElement().asString()
                .contains(cacheFile.toString()).contains("damaged").contains("analysed everything");
        assertSameAsFullRun(afterDamage, UnaryOperator.identity());

        AnalysisResult repaired = cached(UnaryOperator.identity());
        assertThat(repaired.fromCache()).isTrue();
        assertThat(repaired.warnings()).isEmpty();
    }

    @Test
    void aCacheThatCannotBeWrittenIsSaidAndTheFindingsAreThoseOfAFullRun() throws Exception {
        Files.createDirectories(project.resolve("target/pdguard"));
        Files.writeString(project.resolve("target/pdguard/cache"), "a file where the cache directory would go");
        AnalysisResult result = cached(UnaryOperator.identity());
        assertThat(result.fromCache()).isFalse();
        assertThat(result.warnings()).singleElement().asString()
                .startsWith("cannot write the cache " + cacheFile).endsWith("the next run analyses everything again");
        assertSameAsFullRun(result, UnaryOperator.identity());
    }

    @Test
    void aCacheOfAnotherFormatOrOtherInputsIsNotUsed() throws Exception {
        cached(UnaryOperator.identity());
        String stored = Files.readString(cacheFile);
        Files.writeString(cacheFile, stored.replace(ResultCache.FORMAT, "pdguard-result-cache/0"));
        AnalysisResult otherFormat = cached(UnaryOperator.identity());
        assertThat(otherFormat.fromCache()).isFalse();
        assertThat(otherFormat.warnings()).isEmpty();
        assertSameAsFullRun(otherFormat, UnaryOperator.identity());
    }

    private AnalysisResult cached(UnaryOperator<AnalysisConfig.Builder> settings) throws IOException, ConfigurationException {
        return new Analyzer(settings.apply(config()).cacheFile(cacheFile).build()).analyze();
    }

    private void assertSameAsFullRun(AnalysisResult result, UnaryOperator<AnalysisConfig.Builder> settings)
            throws IOException, ConfigurationException {
        AnalysisResult full = new Analyzer(settings.apply(config()).build()).analyze();
        assertThat(full.fromCache()).isFalse();
        assertThat(result.findings()).isEqualTo(full.findings());
        assertThat(result.inventory()).isEqualTo(full.inventory());
    }

    private AnalysisConfig.Builder config() {
        return AnalysisConfig.builder().languageLevel("17").sourceRoot(sources);
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = sources.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as(file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
