package io.github.pdguard.analysis;

import io.github.pdguard.report.HtmlReport;
import io.github.pdguard.report.InventoryReport;
import io.github.pdguard.report.JsonReport;
import io.github.pdguard.report.MarkdownReport;
import io.github.pdguard.report.ReportData;
import io.github.pdguard.report.ReportSettings;
import io.github.pdguard.report.Reports;
import io.github.pdguard.report.SarifReport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * SPEC 5, property-based: whatever a source file looks like, the analysis ends with a list of
 * findings (a {@code parse-error} for what cannot be read), never with an exception, an internal
 * error or a hang. The inputs are the real sources of the test projects and the rule tests, cut at
 * random points, spliced from two files, garbled token by token or character by character, given
 * invalid bytes, and nested deeper and deeper; jqwik shrinks a failing input to a small one.
 *
 * <p>The seed is fixed, so every build runs the same inputs (change it to explore further).
 */
class MutatedSourcesTest {
    private static final long SECONDS_PER_RUN = 10;
    private static final List<String> CORPUS = corpus();
    /** Tokens that break or bend Java in interesting ways. */
    private static final List<String> TOKENS = List.of("{", "}", "(", ")", "[", "]", ";", ",", ".", "->", "::", "@",
            "<", ">", "\"", "'", "\"\"\"", "/*", "*/", "//", "\\u", "\\u0022", "+", "=", "?", ":", "...", "@interface",
            "class", "record", "enum", "interface", "sealed", "permits", "yield", "var", "switch", "case", "default",
            "new", "return", "this", "super", "static", "final", "extends", "implements", "instanceof", "_", "0x",
            "1e", "'\\n'", "@PersonalData", "@Sensitive(", "@ProcessingPurpose(", "@SuppressWarnings(\"pdguard\")",
            "log.info(", "email", "toString()", "\n", " ", "\t", "\uFEFF", "\u0000", "\u2028", "\uD800");
    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|.", Pattern.DOTALL);
    private static ExecutorService runner;
    private static Path directory;
    private static long cpuAtStart;
    private static long wallAtStart;

    /** Every Java source of the test projects and the rule tests, sorted by path. */
    private static List<String> corpus() {
        List<Path> roots = List.of(Path.of("../test-projects"), Path.of("src/test/resources/rules"));
        List<String> texts = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/"))
                        .sorted().toList()) {
                    texts.add(Files.readString(file, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the corpus under " + root.toAbsolutePath(), e);
            }
        }
        if (texts.size() < 50) {
            throw new IllegalStateException("expected the test projects' and rule tests' sources, found " + texts.size());
        }
        return texts;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    @BeforeContainer
    static void start() throws IOException {
        cpuAtStart = processCpu();
        wallAtStart = System.nanoTime();
        directory = Files.createTempDirectory("pdguard-mutated-");
        runner = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "mutated-sources");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterContainer
    static void stop() throws IOException {
        System.out.printf("mutated sources: %.1f s, %.1f s of CPU%n", (System.nanoTime() - wallAtStart) / 1e9,
                (processCpu() - cpuAtStart) / 1e9);
        runner.shutdownNow();
        deleteContents(directory);
        Files.deleteIfExists(directory);
    }

    private static void deleteContents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(root)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** One input file: how it was made (for the report of a failure) and its bytes. */
    record Source(String how, byte[] bytes) {
        @Override
        public String toString() {
            String text = new String(bytes, StandardCharsets.UTF_8);
            return how + " (" + bytes.length + " bytes):\n" + (text.length() > 3000 ? text.substring(0, 3000) + "\n[...]" : text);
        }
    }

    @Property(tries = 1000, seed = "20240917", shrinking = ShrinkingMode.BOUNDED)
    void everyAnalysisEndsWithFindingsNeverAnExceptionOrAHang(@ForAll("projects") List<Source> files) throws Exception {
        deleteContents(directory);
        Set<Path> written = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = directory.resolve("p" + i + "/Source" + i + ".java");
            Files.createDirectories(file.getParent());
            Files.write(file, files.get(i).bytes());
            written.add(file.toAbsolutePath().normalize());
        }
        AnalysisConfig config = AnalysisConfig.builder().sourceRoot(directory).threads(1).build();
        Future<AnalysisResult> run = runner.submit(() -> new Analyzer(config).analyze());
        AnalysisResult result;
        try {
            result = run.get(SECONDS_PER_RUN, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            fail("the analysis took longer than " + SECONDS_PER_RUN + " s");
            return;
        } catch (ExecutionException e) {
            throw new AssertionError("the analysis failed: " + e.getCause(), e.getCause());
        }

        assertThat(result.filesAnalysed()).isEqualTo(files.size());
        for (Finding finding : result.findings()) {
            assertThat(written).contains(finding.file());
            assertThat(finding.line()).isPositive();
            assertThat(finding.column()).isPositive();
            assertThat(finding.message()).isNotBlank().doesNotContain("internal error", "please report");
        }
        // The reports render whatever the findings say (odd characters in messages and code lines).
        ReportData data = Reports.prepare(result, new ReportSettings("fuzz", "test", directory, directory,
                directory.resolve("pdguard-baseline.json"), "pdguard/", StandardCharsets.UTF_8), null);
        assertThat(SarifReport.render(data)).isNotEmpty();
        assertThat(JsonReport.render(data)).isNotEmpty();
        assertThat(HtmlReport.render(data)).isNotEmpty();
        assertThat(MarkdownReport.render(data)).isNotEmpty();
        assertThat(InventoryReport.json(data)).isNotEmpty();
        Statistics.label("parse-error").collect(result.findings().stream().anyMatch(f -> f.ruleId().equals("parse-error")));
    }

    @Provide
    Arbitrary<List<Source>> projects() {
        return source().list().ofMinSize(1).ofMaxSize(3);
    }

    private Arbitrary<Source> source() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, original()),
                Tuple.of(2, cut()),
                Tuple.of(2, spliced()),
                Tuple.of(4, tokensGarbled()),
                Tuple.of(2, charactersGarbled()),
                Tuple.of(1, invalidBytes()),
                Tuple.of(2, nested()));
    }

    private static Arbitrary<Integer> file() {
        return Arbitraries.integers().between(0, CORPUS.size() - 1);
    }

    /** A position in a text, as a fraction of its length (shrinks towards the start). */
    private static Arbitrary<Integer> fraction() {
        return Arbitraries.integers().between(0, 10_000);
    }

    private static int at(String text, int fraction) {
        return (int) ((long) text.length() * fraction / 10_000);
    }

    private static Source utf8(String how, String text) {
        return new Source(how, text.getBytes(StandardCharsets.UTF_8));
    }

    private Arbitrary<Source> original() {
        return file().map(f -> utf8("file " + f, CORPUS.get(f)));
    }

    private Arbitrary<Source> cut() {
        return Combinators.combine(file(), fraction()).as((f, cut) -> {
            String text = CORPUS.get(f);
            return utf8("file " + f + " cut at " + at(text, cut), text.substring(0, at(text, cut)));
        });
    }

    private Arbitrary<Source> spliced() {
        return Combinators.combine(file(), fraction(), file(), fraction()).as((a, i, b, j) -> {
            String first = CORPUS.get(a);
            String second = CORPUS.get(b);
            return utf8("file " + a + " up to " + at(first, i) + " + file " + b + " from " + at(second, j),
                    first.substring(0, at(first, i)) + second.substring(at(second, j)));
        });
    }

    /** Deletes, duplicates or replaces tokens. */
    private Arbitrary<Source> tokensGarbled() {
        Arbitrary<int[]> edit = Combinators.combine(fraction(), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, TOKENS.size() - 1)).as((where, kind, token) -> new int[]{where, kind, token});
        return Combinators.combine(file(), edit.list().ofMinSize(1).ofMaxSize(8)).as((f, edits) -> {
            List<String> tokens = new ArrayList<>();
            Matcher matcher = TOKEN.matcher(CORPUS.get(f));
            while (matcher.find()) {
                tokens.add(matcher.group());
            }
            StringBuilder how = new StringBuilder("file " + f + " with tokens");
            for (int[] e : edits) {
                if (tokens.isEmpty()) {
                    break;
                }
                int index = (int) ((long) (tokens.size() - 1) * e[0] / 10_000);
                switch (e[1]) {
                    case 0 -> how.append(" deleted at ").append(index).append(" (").append(tokens.remove(index)).append(')');
                    case 1 -> {
                        tokens.add(index, tokens.get(index));
                        how.append(" duplicated at ").append(index);
                    }
                    default -> {
                        how.append(" replaced at ").append(index).append(" by ").append(TOKENS.get(e[2]).strip());
                        tokens.set(index, TOKENS.get(e[2]));
                    }
                }
            }
            return utf8(how.toString(), String.join("", tokens));
        });
    }

    /** Deletes, duplicates or replaces single characters (including NUL, BOM, lone surrogates). */
    private Arbitrary<Source> charactersGarbled() {
        Arbitrary<Character> odd = Arbitraries.of('{', '}', '(', ')', ';', '"', '\'', '\\', '/', '*', '@', '<', '\n',
                '\u0000', '\uFEFF', '\u00e9', '\u2028', '\uD83D');
        Arbitrary<Object[]> edit = Combinators.combine(fraction(), Arbitraries.integers().between(0, 2), odd)
                .as((where, kind, c) -> new Object[]{where, kind, c});
        return Combinators.combine(file(), edit.list().ofMinSize(1).ofMaxSize(12)).as((f, edits) -> {
            StringBuilder text = new StringBuilder(CORPUS.get(f));
            for (Object[] e : edits) {
                if (text.isEmpty()) {
                    break;
                }
                int index = (int) ((long) (text.length() - 1) * (Integer) e[0] / 10_000);
                switch ((Integer) e[1]) {
                    case 0 -> text.deleteCharAt(index);
                    case 1 -> text.insert(index, text.charAt(index));
                    default -> text.setCharAt(index, (Character) e[2]);
                }
            }
            return utf8("file " + f + " with " + edits.size() + " characters changed", text.toString());
        });
    }

    /** Bytes that are not UTF-8 (Latin-1 umlauts, a cut multi-byte sequence, a NUL) at random places. */
    private Arbitrary<Source> invalidBytes() {
        Arbitrary<Byte> bad = Arbitraries.of((byte) 0xFC, (byte) 0xE4, (byte) 0xC3, (byte) 0xFF, (byte) 0x80, (byte) 0x00);
        return Combinators.combine(file(), Combinators.combine(fraction(), bad).as(Tuple::of).list().ofMinSize(1).ofMaxSize(3))
                .as((f, edits) -> {
                    List<Byte> bytes = new ArrayList<>();
                    for (byte b : CORPUS.get(f).getBytes(StandardCharsets.UTF_8)) {
                        bytes.add(b);
                    }
                    for (Tuple.Tuple2<Integer, Byte> e : edits) {
                        bytes.add((int) ((long) bytes.size() * e.get1() / 10_000), e.get2());
                    }
                    byte[] content = new byte[bytes.size()];
                    for (int i = 0; i < content.length; i++) {
                        content[i] = bytes.get(i);
                    }
                    return new Source("file " + f + " with " + edits.size() + " invalid bytes", content);
                });
    }

    /** A block or parenthesised expression of a file nested again and again, up to beyond pdguard's limit. */
    private Arbitrary<Source> nested() {
        // Mostly shallow: the deepest inputs cost most, and PathologicalInputsTest covers them too.
        Arbitrary<Integer> depth = Arbitraries.frequencyOf(
                Tuple.of(40, Arbitraries.integers().between(1, 60)),
                Tuple.of(6, Arbitraries.integers().between(60, 1_000)),
                Tuple.of(1, Arbitraries.integers().between(9_990, 10_010)));
        return Combinators.combine(file(), fraction(), depth, Arbitraries.of('{', '(')).as((f, where, times, bracket) -> {
            String text = CORPUS.get(f);
            char close = bracket == '{' ? '}' : ')';
            int open = text.indexOf(bracket, at(text, where));
            if (open < 0) {
                open = text.indexOf(bracket);
            }
            int end = open < 0 ? -1 : matching(text, open, bracket, close);
            if (end < 0) {
                return utf8("file " + f + " (no " + bracket + " to nest)", text);
            }
            String inner = text.substring(open, end + 1);
            String nested = String.valueOf(bracket).repeat(times) + inner + String.valueOf(close).repeat(times);
            return utf8("file " + f + " with the " + bracket + " at " + open + " nested " + times + " more times",
                    text.substring(0, open) + nested + text.substring(end + 1));
        });
    }

    private static int matching(String text, int open, char bracket, char close) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == bracket) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
