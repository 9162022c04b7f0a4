package io.github.pdguard.benchmark;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;

import java.nio.file.Path;
import java.util.Locale;

/** One cold analysis of a source root in a fresh JVM, for the benchmark's wall time and peak RSS. */
public final class ColdAnalysis {

    public static void main(String[] args) throws Exception {
        AnalysisResult result = new Analyzer(AnalysisConfig.builder().sourceRoot(Path.of(args[0])).build()).analyze();
        System.out.printf(Locale.ROOT, "cold analysis: %,d files, %,d lines, %d findings in %.1f s%n",
                result.filesAnalysed(), result.linesAnalysed(), result.findings().size(),
                result.elapsed().toMillis() / 1000.0);
    }
}
