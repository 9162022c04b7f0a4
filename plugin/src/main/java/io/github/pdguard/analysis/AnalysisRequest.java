package io.github.pdguard.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a front end asked for, as plain values: the inputs of an {@link AnalysisConfig.Builder}
 * before validation. It can be written to a file and read back by another process (the forked
 * analysis), which builds the same configuration from it.
 *
 * @param reportOnly null when every file is reported
 * @param cacheFile  null when there is no cache
 */
public record AnalysisRequest(List<String> sourceRoots, List<String> includes, List<String> excludes,
                              String languageLevel, String encoding, List<String> purposes,
                              boolean requireLegalBasis, Map<String, String> rules, int threads,
                              List<String> logSinks, List<String> sanitizers, List<String> sources,
                              List<String> classpath, List<String> reportOnly, String cacheFile,
                              boolean inferPersonalData) {

    /** A builder holding exactly these inputs; what only lives in one process (a shared classpath scanner) is not among them. */
    public AnalysisConfig.Builder toBuilder() {
        AnalysisConfig.Builder builder = AnalysisConfig.builder()
                .sourceRoots(paths(sourceRoots))
                .includes(includes)
                .excludes(excludes)
                .languageLevel(languageLevel)
                .encoding(encoding)
                .purposes(purposes)
                .requireLegalBasis(requireLegalBasis)
                .rules(rules)
                .threads(threads)
                .logSinks(logSinks)
                .sanitizers(sanitizers)
                .sources(sources)
                .classpath(paths(classpath))
                .inferPersonalData(inferPersonalData);
        if (reportOnly != null) {
            builder.reportOnly(paths(reportOnly));
        }
        if (cacheFile != null) {
            builder.cacheFile(Path.of(cacheFile));
        }
        return builder;
    }

    private static List<Path> paths(List<String> names) {
        return names.stream().map(Path::of).toList();
    }
}
