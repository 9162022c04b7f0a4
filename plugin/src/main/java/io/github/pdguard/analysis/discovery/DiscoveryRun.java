package io.github.pdguard.analysis.discovery;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.source.JavaSourceParser;
import io.github.pdguard.analysis.source.SourceFile;
import io.github.pdguard.analysis.source.SourceFinder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What the {@code discover} goal needs: the module's sources parsed and indexed once, and every
 * {@link Candidate} in them. Knows nothing of Maven. Runs whatever {@code inferPersonalData} and
 * {@code rules} say: asking for discovery is asking for name-based inference.
 *
 * @param candidates  every candidate, suppressed ones included, in file and position order
 * @param files       the analysed files, those that could not be parsed included
 * @param declarations the index the candidates were found in (for {@link SourceEdits})
 */
public record DiscoveryRun(List<Candidate> candidates, List<SourceFile> files, DeclarationIndex declarations,
                           Duration elapsed) {

    public static DiscoveryRun run(AnalysisConfig config) throws IOException {
        return run(config, NameDictionary.standard());
    }

    public static DiscoveryRun run(AnalysisConfig config, NameDictionary dictionary) throws IOException {
        long start = System.nanoTime();
        List<Path> paths = new SourceFinder(config.includes(), config.excludes()).find(config.sourceRoots());
        List<SourceFile> files = new JavaSourceParser(config.languageLevel(), config.encoding(), config.threads())
                .keepingTokens().parseAll(paths);
        DeclarationIndex declarations = new DeclarationIndex(new ProjectIndex(files));
        List<Candidate> candidates = new Discovery(dictionary).candidates(declarations);
        return new DiscoveryRun(candidates, files, declarations, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The candidates to declare: not suppressed. */
    public List<Candidate> unsuppressed() {
        return candidates.stream().filter(c -> !c.isSuppressed()).toList();
    }

    public List<Candidate> suppressed() {
        return candidates.stream().filter(Candidate::isSuppressed).toList();
    }

    /** Files that could not be parsed: nothing in them was looked at. */
    public List<SourceFile> unparsed() {
        return files.stream().filter(f -> f.problem() != null).toList();
    }

    public long linesAnalysed() {
        return files.stream().mapToLong(SourceFile::lineCount).sum();
    }
}
