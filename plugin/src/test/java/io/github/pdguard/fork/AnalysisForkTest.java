package io.github.pdguard.fork;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisException;
import io.github.pdguard.analysis.AnalysisRequest;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The analysis in a JVM of its own (what {@code check} does by default) gives what the analysis
 * inside the build's JVM gives, and says clearly when it cannot run.
 */
class AnalysisForkTest {
    private static final Path SHOP = Path.of("../test-projects/shop/src/main/java").toAbsolutePath().normalize();

    @Test
    void theForkedAnalysisFindsWhatTheAnalysisInsideTheBuildFinds() throws Exception {
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(SHOP)
                .rules(Map.of("probable-log-leak", "error"))
                .logSinks(List.of("com.example.pharmacy.audit.AuditTrail#record"))
                .build();
        AnalysisResult inside = new Analyzer(config).analyze();

        AnalysisResult forked = new AnalysisFork(null, "256m").analyze(config.request());

        assertThat(inside.findings()).isNotEmpty();
        assertThat(forked.findings()).containsExactlyElementsOf(inside.findings());
        assertThat(forked.inventory()).isEqualTo(inside.inventory());
        assertThat(forked.filesAnalysed()).isEqualTo(inside.filesAnalysed());
        assertThat(forked.linesAnalysed()).isEqualTo(inside.linesAnalysed());
        assertThat(forked.fromCache()).isFalse();
    }

    @Test
    void whatTheForkStoresInTheCacheIsReadBackWithoutForking(@org.junit.jupiter.api.io.TempDir Path target)
            throws Exception {
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(SHOP)
                .cacheFile(target.resolve("pdguard/cache/analysis.json")).build();
        Analyzer analyzer = new Analyzer(config);
        Analyzer.CacheLookup miss = analyzer.lookUpCache(analyzer.sourceFiles()).orElseThrow();
        assertThat(miss.stored()).isEmpty();

        // As the Maven goal does: it looked the cache up, the fork stores under that lookup's key.
        AnalysisResult forked = new AnalysisFork(null, null).analyzeAfterMiss(config.request(), miss);

        AnalysisResult stored = analyzer.lookUpCache(analyzer.sourceFiles()).orElseThrow().stored().orElseThrow();
        assertThat(stored.fromCache()).isTrue();
        assertThat(stored.findings()).isEqualTo(forked.findings()).isNotEmpty();
        // A fork that looks the cache up itself finds what the first one stored.
        assertThat(new AnalysisFork(null, null).analyze(config.request()).fromCache()).isTrue();
    }

    @Test
    void tooSmallAHeapSaysHowToGiveTheForkALargerOne(@org.junit.jupiter.api.io.TempDir Path sources) throws Exception {
        // 300 services of 40 methods each (about 20,000 lines): far more than 16 MB of trees.
        for (int i = 0; i < 300; i++) {
            StringBuilder code = new StringBuilder("package com.example.orders;\n\nclass OrderService" + i + " {\n"
                    + "    private String customerName;\n");
            for (int m = 0; m < 40; m++) {
                code.append("    String describe").append(m).append("(String status, int quantity) {\n")
                        .append("        return \"order \" + status + \" for \" + customerName + \" x\" + quantity;\n")
                        .append("    }\n");
            }
            java.nio.file.Files.writeString(sources.resolve("OrderService" + i + ".java"), code.append("}\n"));
        }
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(sources).build();

        assertThatThrownBy(() -> new AnalysisFork(null, "16m").analyze(config.request()))
                .isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith("pdguard ran out of memory analysing 300 files in a Java heap of at most ")
                .hasMessageContaining("Give pdguard's analysis a larger heap, for example -Dpdguard.maxHeap=2g (the"
                        + " maxHeap parameter), or leave generated sources out with <excludes>");
    }

    @Test
    void aBugInsideTheForkComesBackWithItsStackTraceAsTheCause() throws Exception {
        // A request no front end of pdguard writes: a path with a NUL character in it.
        AnalysisRequest valid = AnalysisConfig.builder().sourceRoot(SHOP).build().request();
        AnalysisRequest request = new AnalysisRequest(List.of("src\u0000main"), valid.includes(), valid.excludes(),
                valid.languageLevel(), valid.encoding(), valid.purposes(), valid.requireLegalBasis(), valid.rules(),
                valid.threads(), valid.logSinks(), valid.sanitizers(), valid.sources(), valid.classpath(),
                valid.reportOnly(), valid.cacheFile(), valid.inferPersonalData());

        assertThatThrownBy(() -> new AnalysisFork(null, null).analyze(request))
                .isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith("pdguard internal error (InvalidPathException: ")
                .hasMessageEndingWith("please report it at " + AnalysisException.REPORT_AT + " with the output of mvn -e")
                .cause().hasMessageStartingWith("in the forked analysis:\njava.nio.file.InvalidPathException")
                .hasMessageContaining("at io.github.pdguard.analysis.AnalysisRequest");
    }

    @Test
    void forkAutoForksOnlyAboveTwoMegabytesOfSources(@org.junit.jupiter.api.io.TempDir Path sources) throws Exception {
        List<Path> shop;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(SHOP)) {
            shop = files.filter(file -> file.toString().endsWith(".java")).toList();
        }
        assertThat(AnalysisFork.worthForking(shop)).as("the 1,600-line demo").isFalse();

        Path generated = java.nio.file.Files.write(sources.resolve("Generated.java"),
                new byte[(int) AnalysisFork.AUTO_FORK_BYTES]);
        assertThat(AnalysisFork.worthForking(List.of(generated))).as("exactly the threshold").isFalse();
        Path more = java.nio.file.Files.write(sources.resolve("More.java"), new byte[1]);
        assertThat(AnalysisFork.worthForking(List.of(generated, more))).isTrue();
    }

    @Test
    void theForkRunsWithItsOwnHeapAndOptions() throws Exception {
        List<String> command = new AnalysisFork(List.of("-XX:+UseSerialGC"), "1536m").command();

        assertThat(command).contains("-XX:+UseSerialGC", "-Xmx1536m", ForkedAnalysis.class.getName());
        assertThat(new AnalysisFork(null, null).command())
                .containsAll(AnalysisFork.DEFAULT_JVM_OPTIONS)
                .noneMatch(option -> option.startsWith("-Xmx"));
    }

    @Test
    void aHeapSizeThatIsNoSizeNamesTheParameter() {
        assertThatThrownBy(() -> new AnalysisFork(null, "lots"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("Parameter 'maxHeap': 'lots' is not a heap size; use a number with k, m or g, as in -Xmx"
                        + " (for example 2g or 1536m)");
    }

    @Test
    void aForkThatStopsWithoutResultSaysSoWithTheEndOfItsLog() throws Exception {
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(SHOP).build();

        assertThatThrownBy(() -> new AnalysisFork(List.of("-XX:+NoSuchOptionForPdguard"), null).analyze(config.request()))
                .isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith("pdguard's analysis in a separate JVM stopped without a result (exit status 1)")
                .hasMessageContaining("NoSuchOptionForPdguard");
    }

    @Test
    void anErrorOfTheAnalysisComesBackAsItsMessage() throws Exception {
        // A request another front end wrote, with a rule id this pdguard does not know.
        AnalysisRequest valid = AnalysisConfig.builder().sourceRoot(SHOP).build().request();
        AnalysisRequest request = new AnalysisRequest(valid.sourceRoots(), valid.includes(), valid.excludes(),
                valid.languageLevel(), valid.encoding(), valid.purposes(), valid.requireLegalBasis(),
                Map.of("no-such-rule", "error"), valid.threads(), valid.logSinks(), valid.sanitizers(), valid.sources(),
                valid.classpath(), valid.reportOnly(), valid.cacheFile(), valid.inferPersonalData());

        assertThatThrownBy(() -> new AnalysisFork(null, null).analyze(request))
                .isInstanceOf(AnalysisException.class)
                .hasMessageStartingWith("Parameter 'rules': unknown rule id 'no-such-rule'; known rule ids: ");
    }
}
