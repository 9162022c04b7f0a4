package io.github.pdguard.analysis;

import io.github.pdguard.analysis.cache.InputKey;
import io.github.pdguard.analysis.cache.ResultCache;
import io.github.pdguard.analysis.classpath.ClasspathConstants;
import io.github.pdguard.analysis.classpath.ClasspathDeclarations;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.rules.AnalysisModel;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.analysis.source.JavaSourceParser;
import io.github.pdguard.analysis.source.SourceFile;
import io.github.pdguard.analysis.source.SourceFinder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The engine: finds the sources, parses each file once, builds the index, runs every enabled rule
 * over it and returns the findings sorted. Knows nothing of Maven.
 */
public final class Analyzer {
    private final AnalysisConfig config;
    private final Supplier<List<Rule>> rules;

    public Analyzer(AnalysisConfig config) {
        this(config, RuleCatalog::newRules);
    }

    /** With other rules than pdguard's own (tests); {@link io.github.pdguard.analysis.rules.ParseErrorRule} should come last. */
    Analyzer(AnalysisConfig config, Supplier<List<Rule>> rules) {
        this.config = config;
        this.rules = rules;
    }

    /**
     * Finds, parses and analyses the sources. A file that cannot be read, parsed or analysed is a
     * {@code parse-error} finding, never an exception.
     *
     * @throws IOException       when a source directory cannot be listed or a file cannot be read
     * @throws AnalysisException when pdguard itself fails (a bug); the message says how to report it
     */
    public AnalysisResult analyze() throws IOException {
        long start = System.nanoTime();
        List<Path> files = sourceFiles();
        if (config.cacheFile().isEmpty()) {
            return withMemoryAdvice(files, () -> analyzeAll(files, start));
        }
        CacheLookup lookup = lookUpCache(files, start).orElseThrow();
        return lookup.stored().isPresent() ? lookup.stored().get() : analyzeAndStore(files, start, lookup);
    }

    /**
     * Analyses everything and stores the result under the key of a lookup that found nothing valid:
     * for a front end that looked the cache up itself and analyses in another process.
     */
    public AnalysisResult analyzeAfterMiss(CacheLookup miss) throws IOException {
        long start = System.nanoTime();
        return analyzeAndStore(sourceFiles(), start, miss);
    }

    private interface Analysis {
        AnalysisResult run() throws IOException;
    }

    private AnalysisResult withMemoryAdvice(List<Path> files, Analysis analysis) throws IOException {
        try {
            return analysis.run();
        } catch (OutOfMemoryError e) {
            throw outOfMemory(files, config.outOfMemoryAdvice(), e);
        } catch (AnalysisException e) {
            if (e.getCause() instanceof OutOfMemoryError oom) {
                throw outOfMemory(files, config.outOfMemoryAdvice(), oom);
            }
            throw e;
        }
    }

    /** Not a bug to report but a limit to raise: said as such, with what to do. */
    private static AnalysisException outOfMemory(List<Path> files, String advice, OutOfMemoryError e) {
        long heap = Runtime.getRuntime().maxMemory() >> 20;
        return new AnalysisException(String.format(java.util.Locale.ROOT, "pdguard ran out of memory analysing %,d files"
                + " in a Java heap of at most %,d MB: it keeps the syntax trees of all files while it follows data"
                + " between them (about 0.45 KB per line of code). " + advice.replace("%", "%%").replace("%%d", "%d")
                + ", or leave generated sources out with <excludes>", files.size(), heap,
                Math.max(2, 2 * ((heap + 1023) / 1024))), e);
    }

    /**
     * What the cache holds for these sources, without analysing anything.
     *
     * @param key     the key of the sources and settings now (reading every source file makes it)
     * @param stored  the stored result when nothing it depends on changed
     * @param problem why an existing cache file could not be used, or null
     */
    public record CacheLookup(String key, Optional<AnalysisResult> stored, String problem) {
    }

    /** The cache's answer for the {@link #sourceFiles()} the caller listed; empty when there is no cache. */
    public Optional<CacheLookup> lookUpCache(List<Path> files) throws IOException {
        return lookUpCache(files, System.nanoTime());
    }

    private Optional<CacheLookup> lookUpCache(List<Path> files, long start) throws IOException {
        if (config.cacheFile().isEmpty()) {
            return Optional.empty();
        }
        String key = InputKey.of(config, files);
        ResultCache.Lookup lookup = new ResultCache(config.cacheFile().get()).lookup(key);
        if (lookup instanceof ResultCache.Hit hit) {
            return Optional.of(new CacheLookup(key, Optional.of(fromStore(hit.stored(), start)), null));
        }
        return Optional.of(new CacheLookup(key, Optional.empty(),
                lookup instanceof ResultCache.Miss miss ? miss.problem() : null));
    }

    private static AnalysisResult fromStore(ResultCache.Stored stored, long start) {
        return new AnalysisResult(stored.findings(), stored.filesAnalysed(), stored.linesAnalysed(),
                Duration.ofNanos(System.nanoTime() - start), stored.inventory(), stored.warnings(), true);
    }

    /** The files an analysis reads: those under the source roots that the includes take and the excludes leave. */
    public List<Path> sourceFiles() throws IOException {
        return new SourceFinder(config.includes(), config.excludes()).find(config.sourceRoots());
    }

    /** A full analysis, stored for the next run under the key of the lookup that found nothing valid. */
    private AnalysisResult analyzeAndStore(List<Path> files, long start, CacheLookup miss) throws IOException {
        AnalysisResult result = withMemoryAdvice(files, () -> analyzeAll(files, start));
        // What is said about the cache belongs to this run only, not to the stored result.
        List<String> warnings = new ArrayList<>(result.warnings());
        if (miss.problem() != null) {
            warnings.add(miss.problem());
        }
        try {
            new ResultCache(config.cacheFile().get()).store(miss.key(), result.findings(), result.filesAnalysed(), result.linesAnalysed(), result.inventory(),
                    result.warnings());
        } catch (IOException e) {
            warnings.add("cannot write the cache " + config.cacheFile().get() + " (" + e
                    + "); the next run analyses everything again");
        }
        return new AnalysisResult(result.findings(), result.filesAnalysed(), result.linesAnalysed(), result.elapsed(),
                result.inventory(), warnings);
    }

    private AnalysisResult analyzeAll(List<Path> files, long start) throws IOException {
        List<SourceFile> parsed = new JavaSourceParser(config.languageLevel(), config.encoding(), config.threads())
                .parseAll(files);
        ClasspathDeclarations classpath = config.classpath().isEmpty() ? ClasspathDeclarations.empty()
                : config.classpathScanner().scan(config.classpath());
        Analysed analysed = onDeepStack(() -> {
            AnalysisModel model = model(parsed, classpath, new ClasspathConstants(config.classpath()));
            List<Finding> findings = analyze(model);
            return new Analysed(findings, Inventory.build(model, findings));
        });
        long lines = parsed.stream().mapToLong(SourceFile::lineCount).sum();
        List<String> warnings = classpath.problems().stream()
                .map(p -> "cannot read declarations from the classpath: " + p.describe()).toList();
        return new AnalysisResult(analysed.findings(), files.size(), lines, Duration.ofNanos(System.nanoTime() - start),
                analysed.inventory(), warnings);
    }

    private record Analysed(List<Finding> findings, Inventory inventory) {
    }

    /** Runs the rules over already parsed files. */
    public List<Finding> analyze(List<SourceFile> parsed) {
        return analyze(parsed, ClasspathDeclarations.empty());
    }

    /** Runs the rules over already parsed files, with the declarations of compiled classes. */
    public List<Finding> analyze(List<SourceFile> parsed, ClasspathDeclarations classpath) {
        return onDeepStack(() -> analyze(model(parsed, classpath, ClasspathConstants.NONE)));
    }

    /**
     * Indexing, the rules and the inventory walk syntax trees recursively: they run on a deep
     * stack. What still fails there is pdguard's own failure, reported as such.
     */
    private static <T> T onDeepStack(DeepStack.Work<T, RuntimeException> work) {
        try {
            return DeepStack.run("pdguard-analysis", work);
        } catch (AnalysisException e) {
            throw e;
        } catch (StackOverflowError e) {
            throw new AnalysisException("pdguard ran out of stack while analysing the code: some file nests too"
                    + " deeply; please report it at " + AnalysisException.REPORT_AT + " and leave the generated file"
                    + " out with <excludes> meanwhile", e);
        } catch (RuntimeException e) {
            throw new AnalysisException("pdguard internal error while analysing the code ("
                    + AnalysisException.describe(e) + "); please report it at " + AnalysisException.REPORT_AT
                    + " with the output of mvn -e", e);
        }
    }

    private AnalysisModel model(List<SourceFile> parsed, ClasspathDeclarations classpath, ClasspathConstants constants) {
        return new AnalysisModel(new DeclarationIndex(new ProjectIndex(parsed), constants), config.flowOptions(), classpath,
                config.threads());
    }

    private List<Finding> analyze(AnalysisModel model) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rules.get()) {
            Optional<Severity> severity = config.severityOf(rule.descriptor());
            if (severity.isPresent()) {
                RuleContext context = new RuleContext(rule.descriptor(), severity.get(), config, model, findings);
                try {
                    rule.check(context);
                } catch (RuntimeException | StackOverflowError e) {
                    // A failure inside one file's check is a finding at that file (RuleContext.guard);
                    // this one is outside any file.
                    throw new AnalysisException("pdguard internal error in rule " + rule.descriptor().id() + " ("
                            + AnalysisException.describe(e) + "); please report it at " + AnalysisException.REPORT_AT
                            + " with the output of mvn -e, and turn the rule off with <rules><"
                            + rule.descriptor().id() + ">off</" + rule.descriptor().id() + "></rules> meanwhile", e);
                }
            }
        }
        findings.sort(Finding.ORDER);
        if (config.reportOnly().isPresent()) {
            Set<Path> wanted = config.reportOnly().get();
            findings.removeIf(f -> !wanted.contains(f.file().toAbsolutePath().normalize()));
        }
        return List.copyOf(findings);
    }
}
