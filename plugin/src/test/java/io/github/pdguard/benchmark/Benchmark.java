package io.github.pdguard.benchmark;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.DeepStack;
import io.github.pdguard.analysis.source.JavaSourceParser;
import io.github.pdguard.analysis.source.SourceFile;
import io.github.pdguard.analysis.source.SourceFinder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The benchmark of issue 8, run by {@code benchmark/run} (not a unit test): in one JVM, with a
 * warm-up and several iterations, (a) JavaParser parse-only of every file with the engine's parser
 * configuration and (b) the full analysis with all rules on, both on the corpus and on a
 * deterministic overlay that declares personal data and processing contexts, (c) a re-run of the
 * overlay with nothing changed and (d) one after one file changed, both with the result cache,
 * and (b) again on a quarter and a half of the corpus to show how cost grows. Prints lines per
 * second and ratios measured side by side, so the noise of a shared machine hits all alike.
 *
 * <p>Usage: {@code Benchmark CORPUS_DIR OVERLAY_DIR [iterations]}.
 */
public final class Benchmark {
    private static final long SEED = 20261129L;

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path overlay = Path.of(args[1]);
        int iterations = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Overlay.Counts counts = Overlay.write(corpus, overlay, SEED);
        System.out.printf(Locale.ROOT, "overlay: %d fields declared @PersonalData, %d types @ProcessingPurpose (seed %d)%n",
                counts.fields(), counts.types(), SEED);

        List<Path> files = javaFiles(corpus);
        long lines = countLines(files);
        System.out.printf(Locale.ROOT, "corpus: %,d files, %,d lines, %d cores, max heap %,d MB%n", files.size(), lines,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // Parse-only and full analysis alternate, so that both see the same load on a shared machine;
        // their ratio is the median of the ratios of each pair.
        Measurement[] plain = measurePairs("(a) parse only", "(b) full analysis", iterations,
                () -> parseOnly(corpus), () -> analyse(List.of(corpus)));
        Measurement parseOnly = plain[0];
        Measurement full = plain[1];
        Measurement[] overlaid = measurePairs("(a') parse only, overlay", "(b') full analysis, overlay", iterations,
                () -> parseOnly(overlay), () -> analyse(List.of(overlay)));
        Measurement overlayParse = overlaid[0];
        Measurement overlayFull = overlaid[1];
        long bytesPerLine = heapPerLine(corpus, lines);

        // (c) and (d) on the overlay, with the cache the Maven goal uses, in a fresh directory.
        Path cacheFile = Files.createTempDirectory("pdguard-benchmark").resolve("cache/analysis.json");
        analyse(List.of(overlay), cacheFile);
        Measurement unchanged = measure("(c) re-run, nothing changed", iterations,
                () -> expect(analyse(List.of(overlay), cacheFile), true));
        Path edited = oneFile(overlay);
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        int[] edits = {0};
        Measurement oneChanged;
        try {
            oneChanged = measure("(d) re-run, one file changed", iterations, () -> {
                // A change of code, not of a comment: a method added before the file's last brace.
                int lastBrace = original.lastIndexOf('}');
                Files.writeString(edited, original.substring(0, lastBrace) + "    static int benchmarkEdit"
                        + ++edits[0] + "() {\n        return " + edits[0] + ";\n    }\n"
                        + original.substring(lastBrace), StandardCharsets.UTF_8);
                return expect(analyse(List.of(overlay), cacheFile), false);
            });
        } finally {
            Files.writeString(edited, original, StandardCharsets.UTF_8);
        }

        System.out.println();
        print("(a) parse only", parseOnly, lines);
        print("(b) full analysis", full, lines);
        print("(a') parse only, overlay", overlayParse, lines);
        print("(b') full analysis, overlay", overlayFull, lines);
        print("(c) nothing changed, overlay", unchanged, lines);
        print("(d) one file changed, overlay", oneChanged, lines);
        System.out.printf(Locale.ROOT, "heap after parsing, trees alive (full GC): %,d bytes per line%n", bytesPerLine);
        System.out.printf(Locale.ROOT, "ratio (b)/(a)   = %.2f  (median of the pairs; of the medians %.2f)%n",
                Measurement.pairedRatio(parseOnly, full), full.median() / parseOnly.median());
        System.out.printf(Locale.ROOT, "ratio (b')/(a') = %.2f  (median of the pairs; of the medians %.2f)%n",
                Measurement.pairedRatio(overlayParse, overlayFull), overlayFull.median() / overlayParse.median());
        System.out.printf(Locale.ROOT, "ratio (c)/(b')  = %.3f%n", unchanged.median() / overlayFull.median());
        System.out.printf(Locale.ROOT, "ratio (d)/(b')  = %.2f  (changed: %s)%n", oneChanged.median() / overlayFull.median(),
                overlay.relativize(edited));

        System.out.println();
        System.out.println("growth (overlay, full analysis; every 4th and every 2nd package of every library):");
        for (int share : new int[]{4, 2}) {
            Path part = packageSample(overlay, share);
            long partLines = countLines(javaFiles(part));
            Measurement m = measure("1/" + share, iterations, () -> analyse(List.of(part)));
            System.out.printf(Locale.ROOT, "  1/%d of the packages %,10d lines, %,8.0f lines/s%n", share, partLines,
                    partLines / m.median());
        }
        System.out.printf(Locale.ROOT, "  all packages        %,10d lines, %,8.0f lines/s%n", lines, lines / overlayFull.median());
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after the runs: %,d MB%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** A run that must (or must not) have been answered from the cache; anything else would measure the wrong thing. */
    private static AnalysisResult expect(AnalysisResult result, boolean fromCache) {
        if (result.fromCache() != fromCache) {
            throw new IllegalStateException("expected a run " + (fromCache ? "from" : "without") + " the cache");
        }
        return result;
    }

    /** The file (d) changes: the median-sized one of the corpus, chosen the same way every time. */
    private static Path oneFile(Path root) throws IOException {
        List<Path> files = new ArrayList<>(javaFiles(root));
        files.sort(Comparator.comparingLong((Path p) -> p.toFile().length()).thenComparing(Path::toString));
        return files.get(files.size() / 2);
    }

    /** Median seconds of several timed runs after one warm-up run. */
    record Measurement(List<Double> seconds) {
        double median() {
            return median(seconds);
        }

        /** The median of {@code b[i] / a[i]} over runs made in pairs. */
        static double pairedRatio(Measurement a, Measurement b) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < a.seconds().size(); i++) {
                ratios.add(b.seconds().get(i) / a.seconds().get(i));
            }
            return median(ratios);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    interface Run {
        Object run() throws Exception;
    }

    /** Two runs measured alternately (a, b, a, b, ...) after one warm-up run of each. */
    private static Measurement[] measurePairs(String labelA, String labelB, int iterations, Run a, Run b)
            throws Exception {
        a.run();
        b.run();
        List<Double> secondsA = new ArrayList<>();
        List<Double> secondsB = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            secondsA.add(timed(labelA, i, a));
            secondsB.add(timed(labelB, i, b));
        }
        printRuns(labelA, secondsA);
        printRuns(labelB, secondsB);
        return new Measurement[]{new Measurement(secondsA), new Measurement(secondsB)};
    }

    private static double timed(String label, int iteration, Run run) throws Exception {
        long start = System.nanoTime();
        Object result = run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result instanceof AnalysisResult analysis && iteration == 0) {
            TreeMap<String, Integer> byRule = new TreeMap<>();
            analysis.findings().forEach(f -> byRule.merge(f.ruleId(), 1, Integer::sum));
            System.out.printf(Locale.ROOT, "%s: findings %s%n", label, byRule);
        }
        return seconds;
    }

    private static void printRuns(String label, List<Double> seconds) {
        System.out.printf(Locale.ROOT, "%s: %s s%n", label, seconds.stream()
                .map(s -> String.format(Locale.ROOT, "%.2f", s)).toList());
    }

    private static Measurement measure(String label, int iterations, Run run) throws Exception {
        run.run();
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < iterations; i++) {
            seconds.add(timed(label, i, run));
        }
        printRuns(label, seconds);
        return new Measurement(seconds);
    }

    private static void print(String label, Measurement m, long lines) {
        System.out.printf(Locale.ROOT, "%-30s median %6.2f s  %,10.0f lines/s%n", label, m.median(), lines / m.median());
    }

    /**
     * (a): JavaParser alone, with the engine's parser configuration, on as many threads as the
     * engine parses with; every tree is dropped once parsed. The engine's own work on the trees
     * (compacting them, keeping them) counts in (b).
     */
    private static Object parseOnly(Path root) throws Exception {
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(root).build();
        List<Path> files = new SourceFinder(config.includes(), config.excludes()).find(config.sourceRoots());
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(
                () -> new JavaParser(JavaSourceParser.configuration(config.languageLevel())));
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(),
                runnable -> DeepStack.newThread(runnable, "parse-only"));
        try {
            List<Future<Integer>> parsed = new ArrayList<>();
            for (Path file : files) {
                parsed.add(pool.submit(() -> parsers.get().parse(Files.readString(file, config.encoding()))
                        .getResult().map(unit -> unit.getTypes().size()).orElse(0)));
            }
            int types = 0;
            for (Future<Integer> future : parsed) {
                types += future.get();
            }
            return types;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<SourceFile> parse(Path root) throws Exception {
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(root).build();
        List<Path> files = new SourceFinder(config.includes(), config.excludes()).find(config.sourceRoots());
        return new JavaSourceParser(config.languageLevel(), config.encoding(), config.threads()).parseAll(files);
    }

    /** Heap in use, after full collections, while the parsed trees of the corpus are alive: what the analysis keeps. */
    private static long heapPerLine(Path root, long lines) throws Exception {
        Runtime runtime = Runtime.getRuntime();
        List<SourceFile> parsed = parse(root);
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long used = runtime.totalMemory() - runtime.freeMemory();
        java.lang.ref.Reference.reachabilityFence(parsed);
        return used / lines;
    }

    private static AnalysisResult analyse(List<Path> roots) throws Exception {
        return new Analyzer(AnalysisConfig.builder().sourceRoots(roots).build()).analyze();
    }

    private static AnalysisResult analyse(List<Path> roots, Path cacheFile) throws Exception {
        return new Analyzer(AnalysisConfig.builder().sourceRoots(roots).cacheFile(cacheFile).build()).analyze();
    }

    static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /**
     * A copy of the packages whose name hashes to 0 modulo {@code share}: a sample of every library
     * alike (whole packages, so calls inside a package still resolve), and each smaller sample is
     * part of the larger one.
     */
    private static Path packageSample(Path root, int share) throws IOException {
        Path target = root.resolveSibling(root.getFileName() + "-1of" + share);
        deleteTree(target);
        for (Path file : javaFiles(root)) {
            String packageDir = root.relativize(file.getParent()).toString();
            if (Math.floorMod(packageDir.hashCode(), share) == 0) {
                Path copy = target.resolve(root.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static long countLines(List<Path> files) throws IOException {
        long lines = 0;
        for (Path file : files) {
            lines += new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().count();
        }
        return lines;
    }

    /** Copies the corpus and declares, from a seed, some String fields as personal data and some classes as contexts. */
    static final class Overlay {
        record Counts(int fields, int types) {
        }

        static Counts write(Path corpus, Path target, long seed) throws IOException {
            deleteTree(target);
            Random random = new Random(seed);
            JavaParser parser = new JavaParser(new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
            int fields = 0;
            int types = 0;
            for (Path file : javaFiles(corpus)) {
                Path out = target.resolve(corpus.relativize(file).toString());
                Files.createDirectories(out.getParent());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                ParseResult<CompilationUnit> parsed = parser.parse(text);
                List<int[]> inserts = new ArrayList<>();
                List<String> insertText = new ArrayList<>();
                if (parsed.getResult().isPresent() && parsed.isSuccessful()) {
                    CompilationUnit unit = parsed.getResult().get();
                    for (FieldDeclaration field : unit.findAll(FieldDeclaration.class)) {
                        if (!field.isStatic() && field.getElementType().asString().equals("String")
                                && field.getBegin().isPresent() && random.nextInt(3) == 0) {
                            inserts.add(new int[]{field.getBegin().get().line, field.getBegin().get().column});
                            insertText.add("@io.github.pdguard.annotations.PersonalData(category ="
                                    + " io.github.pdguard.annotations.Category.CONTACT, purposes = \"support\","
                                    + " retention = \"P1Y\") ");
                            fields++;
                        }
                    }
                    for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                        if (!type.isInterface() && type.getBegin().isPresent() && type.hasModifier(Modifier.Keyword.PUBLIC)
                                && random.nextInt(40) == 0) {
                            inserts.add(new int[]{type.getBegin().get().line, type.getBegin().get().column});
                            insertText.add("@io.github.pdguard.annotations.ProcessingPurpose(\"analytics\") ");
                            types++;
                        }
                    }
                }
                Files.writeString(out, insert(text, inserts, insertText), StandardCharsets.UTF_8);
            }
            return new Counts(fields, types);
        }

        /** Inserts each text at its 1-based line and column, last first, so earlier positions stay valid. */
        private static String insert(String text, List<int[]> positions, List<String> texts) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < positions.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing((Integer i) -> positions.get(i)[0]).thenComparing(i -> positions.get(i)[1])
                    .reversed());
            List<Integer> lineStarts = new ArrayList<>();
            lineStarts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts.add(i + 1);
                }
            }
            StringBuilder result = new StringBuilder(text);
            for (int i : order) {
                int offset = lineStarts.get(positions.get(i)[0] - 1) + positions.get(i)[1] - 1;
                result.insert(offset, texts.get(i));
            }
            return result.toString();
        }
    }
}
