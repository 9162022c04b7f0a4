package io.github.pdguard.analysis.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import io.github.pdguard.analysis.AnalysisException;
import io.github.pdguard.analysis.DeepStack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses every file once, in parallel. JavaParser instances are not thread-safe, so each worker
 * thread gets its own; nothing is kept in static state. A file that cannot be read or parsed
 * becomes a {@link SourceFile.ParseProblem} whose reason says what is wrong, where, and what to do;
 * it never ends the analysis.
 */
public final class JavaSourceParser {
    /**
     * Deeper nesting of brackets than any hand-written code has; beyond it a file is reported
     * instead of parsed, so that no later stage has to recurse that deep.
     */
    public static final int MAX_NESTING = 10_000;
    private static final Pattern PARSE_ERROR = Pattern.compile("Parse error\\. Found (.*?), expected (?:one of )?(.*)",
            Pattern.DOTALL);
    private static final Pattern EXPECTED_TOKEN = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|<[A-Z_]+>");
    private static final Pattern LEXICAL_ERROR = Pattern.compile(
            "Lexical error at line (\\d+), column (\\d+)\\.\\s*Encountered: (.*)", Pattern.DOTALL);
    private final ParserConfiguration.LanguageLevel languageLevel;
    private final Charset encoding;
    private final int threads;
    private final boolean keepTokens;
    /** One string for each name and literal, one object for each position, of the files each thread parses. */
    private final ThreadLocal<CompactTrees.Shared> shared = ThreadLocal.withInitial(CompactTrees.Shared::new);

    /** A parser for analysis: the trees keep their positions and the file's text, not JavaParser's tokens. */
    public JavaSourceParser(ParserConfiguration.LanguageLevel languageLevel, Charset encoding, int threads) {
        this(languageLevel, encoding, threads, false);
    }

    private JavaSourceParser(ParserConfiguration.LanguageLevel languageLevel, Charset encoding, int threads,
                             boolean keepTokens) {
        this.languageLevel = languageLevel;
        this.encoding = encoding;
        this.threads = threads;
        this.keepTokens = keepTokens;
    }

    /** The same parser keeping every token, for rewriting the sources ({@code discover -Dpdguard.apply}). */
    public JavaSourceParser keepingTokens() {
        return new JavaSourceParser(languageLevel, encoding, threads, true);
    }

    /** Results in the order of {@code files}. */
    public List<SourceFile> parseAll(List<Path> files) throws IOException {
        // Generated code nests deeply (long concatenations, thousands of parentheses): the
        // recursive-descent parser needs a deep stack.
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())),
                runnable -> DeepStack.newThread(runnable, "pdguard-parser"));
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> newParser(languageLevel));
        try {
            List<Future<SourceFile>> futures = new ArrayList<>(files.size());
            for (Path file : files) {
                futures.add(pool.submit(() -> parse(parsers.get(), file)));
            }
            List<SourceFile> parsed = new ArrayList<>(files.size());
            for (Future<SourceFile> future : futures) {
                parsed.add(future.get());
            }
            return parsed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new AnalysisException("pdguard internal error while parsing (" + AnalysisException.describe(e.getCause())
                    + "); please report it at " + AnalysisException.REPORT_AT + " with the output of mvn -e", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static JavaParser newParser(ParserConfiguration.LanguageLevel level) {
        return new JavaParser(configuration(level));
    }

    /** The parser configuration pdguard parses with (the benchmark's parse-only baseline uses it too). */
    public static ParserConfiguration configuration(ParserConfiguration.LanguageLevel level) {
        return OneWalkValidation.install(new ParserConfiguration()
                .setLanguageLevel(level)
                // The rules read no comments: attributing them only costs time. Tokens stay on while
                // parsing, because JavaParser derives every node's position from them (see leanTree).
                .setAttributeComments(false));
    }

    /** Parses one file; a file that cannot be decoded or parsed becomes a {@link SourceFile.ParseProblem}. */
    public SourceFile parse(JavaParser parser, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = decode(bytes);
        } catch (Undecodable e) {
            return new SourceFile(file, null, e.problem, 0);
        }
        int lines = (int) text.lines().count();
        SourceFile.ParseProblem tooDeep = nesting(text);
        if (tooDeep != null) {
            return new SourceFile(file, null, tooDeep, lines);
        }
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(text);
        } catch (StackOverflowError e) {
            return new SourceFile(file, null, new SourceFile.ParseProblem(1, 1, "cannot parse this file: it nests"
                    + " expressions or blocks too deeply for the parser"), lines);
        } catch (RuntimeException e) {
            return new SourceFile(file, null, new SourceFile.ParseProblem(1, 1, "the parser failed on this file ("
                    + AnalysisException.describe(e) + "); please report it at " + AnalysisException.REPORT_AT
                    + " with this file if you can"), lines);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            CompilationUnit unit = result.getResult().get();
            if (!keepTokens) {
                leanTree(unit);
            }
            SourceText.attach(unit, file, encoding);
            return new SourceFile(file, unit, null, lines);
        }
        return new SourceFile(file, null, describe(result.getProblems(), text), lines);
    }

    /**
     * Keeps each node's position and lets its tokens go: the token list of a file takes several
     * times the memory of its text (measured: 4.8 GB against 1.7 GB for 2.4 million lines), and
     * the analysis keeps every tree until its rules have run. The lists the tree no longer needs
     * go too ({@link CompactTrees}).
     */
    private void leanTree(CompilationUnit unit) {
        CompactTrees.compact(unit, shared.get());
    }

    // ---- encoding ------------------------------------------------------------------------------

    private static final class Undecodable extends Exception {
        final transient SourceFile.ParseProblem problem;

        Undecodable(SourceFile.ParseProblem problem) {
            super(problem.reason(), null, false, false);
            this.problem = problem;
        }
    }

    private String decode(byte[] bytes) throws Undecodable {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int length = Math.min(result.length(), in.remaining());
            StringBuilder badBytes = new StringBuilder();
            for (int i = 0; i < Math.max(1, length) && in.position() + i < bytes.length; i++) {
                badBytes.append(badBytes.isEmpty() ? "" : " ").append(String.format("0x%02X", bytes[in.position() + i] & 0xFF));
            }
            int line = 1;
            int column = 1;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            throw new Undecodable(new SourceFile.ParseProblem(line, column, "cannot read this file as "
                    + encoding.name() + ": " + (badBytes.isEmpty() ? "its end" : "byte " + badBytes) + " at line " + line
                    + ", column " + column + " is not " + encoding.name() + "; set project.build.sourceEncoding to the"
                    + " encoding the file is written in (often ISO-8859-1 or windows-1252 for older files) or convert"
                    + " the file to " + encoding.name()));
        }
        out.flip();
        String text = out.toString();
        // A byte-order mark is legal in a source file but not a Java token.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---- nesting -------------------------------------------------------------------------------

    /** The first place where brackets nest deeper than {@link #MAX_NESTING}, or {@code null}. */
    static SourceFile.ParseProblem nesting(String text) {
        int depth = 0;
        int line = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> line++;
                case '(', '[', '{' -> {
                    if (++depth > MAX_NESTING) {
                        return new SourceFile.ParseProblem(line, 1, "cannot parse this file: its brackets nest more than "
                                + String.format(Locale.ROOT, "%,d", MAX_NESTING) + " levels deep at line " + line
                                + ", deeper than pdguard reads (such code is generated: exclude it)");
                    }
                }
                case ')', ']', '}' -> depth = Math.max(0, depth - 1);
                case '/' -> {
                    if (i + 1 < length && text.charAt(i + 1) == '/') {
                        while (i + 1 < length && text.charAt(i + 1) != '\n') {
                            i++;
                        }
                    } else if (i + 1 < length && text.charAt(i + 1) == '*') {
                        i += 2;
                        while (i < length && !(text.charAt(i) == '*' && i + 1 < length && text.charAt(i + 1) == '/')) {
                            if (text.charAt(i) == '\n') {
                                line++;
                            }
                            i++;
                        }
                        i++;
                    }
                }
                case '"', '\'' -> {
                    boolean textBlock = c == '"' && text.startsWith("\"\"\"", i);
                    String end = textBlock ? "\"\"\"" : String.valueOf(c);
                    i += end.length();
                    while (i < length && !text.startsWith(end, i)) {
                        char inside = text.charAt(i);
                        if (inside == '\\') {
                            i++;
                        } else if (inside == '\n') {
                            line++;
                            if (!textBlock) {
                                break;
                            }
                        }
                        i++;
                    }
                    i += end.length() - 1;
                }
                default -> {
                }
            }
        }
        return null;
    }

    // ---- parse problems ------------------------------------------------------------------------

    private SourceFile.ParseProblem describe(List<Problem> problems, String text) {
        if (problems.isEmpty()) {
            return new SourceFile.ParseProblem(1, 1, "cannot parse this file at " + javaName(languageLevel)
                    + ": the parser gave no result");
        }
        Problem first = problems.get(0);
        int line = 1;
        int column = 1;
        TokenRange range = first.getLocation().orElse(null);
        if (range != null && range.getBegin().getRange().isPresent()) {
            line = range.getBegin().getRange().get().begin.line;
            column = range.getBegin().getRange().get().begin.column;
        }
        String message = first.getMessage();
        Matcher lexical = LEXICAL_ERROR.matcher(message);
        if (range == null && lexical.find()) {
            line = Integer.parseInt(lexical.group(1));
            column = Integer.parseInt(lexical.group(2));
        }
        String reason = readable(message);
        if (problems.size() > 1) {
            reason += " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ")";
        }
        String parsesAt = newerLevelThatParses(text);
        if (parsesAt != null) {
            return new SourceFile.ParseProblem(line, column, "cannot parse this file at " + javaName(languageLevel) + ": "
                    + reason + "; it parses at Java " + parsesAt + ": set languageLevel (or maven.compiler.release) to "
                    + parsesAt + " or newer");
        }
        return new SourceFile.ParseProblem(line, column, "cannot parse this file at " + javaName(languageLevel) + ": "
                + reason);
    }

    /**
     * JavaParser's message, shortened: a syntax error without the long list of tokens it expected
     * (unless there are only a few), a language-level problem as its first sentence.
     */
    static String readable(String message) {
        Matcher parseError = PARSE_ERROR.matcher(message);
        if (parseError.matches()) {
            // 'Found "x" <IDENTIFIER>': the token as written is enough.
            String found = parseError.group(1).trim().replaceAll("^(\".*\")\\s+<[A-Z_]+>$", "$1");
            found = found.equals("<EOF>") ? "end of file" : found;
            List<String> expected = new ArrayList<>();
            Matcher token = EXPECTED_TOKEN.matcher(parseError.group(2));
            while (token.find()) {
                expected.add(token.group());
            }
            String reason = "syntax error: unexpected " + found;
            if (!expected.isEmpty() && expected.size() <= 4) {
                reason += ", expected " + (expected.size() == 1 ? expected.get(0)
                        : String.join(", ", expected.subList(0, expected.size() - 1)) + " or " + expected.get(expected.size() - 1));
            }
            return reason;
        }
        Matcher lexical = LEXICAL_ERROR.matcher(message);
        if (lexical.find()) {
            String encountered = lexical.group(3).lines().findFirst().orElse("").trim().replace("<EOF>", "end of file");
            return "lexical error: encountered " + shorten(encountered.replace(" after : ", " after "), 80);
        }
        String firstLine = message.lines().findFirst().orElse("syntax error").trim();
        int sentence = firstLine.indexOf(". Pay attention");
        if (sentence > 0) {
            firstLine = firstLine.substring(0, sentence);
        }
        return shorten(firstLine, 200);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "\u2026";
    }

    /**
     * The oldest Java release newer than the configured one at which the file parses, or
     * {@code null} when even the newest JavaParser knows does not (a real syntax error).
     */
    private String newerLevelThatParses(String text) {
        List<ParserConfiguration.LanguageLevel> newer = new ArrayList<>();
        for (ParserConfiguration.LanguageLevel level : ParserConfiguration.LanguageLevel.values()) {
            if (releaseOf(level) > releaseOf(languageLevel)) {
                newer.add(level);
            }
        }
        if (newer.isEmpty() || !parses(newer.get(newer.size() - 1), text)) {
            return null;
        }
        // Language features are only added: search for the oldest release that accepts the file.
        int low = 0;
        int high = newer.size() - 1;
        while (low < high) {
            int middle = (low + high) / 2;
            if (parses(newer.get(middle), text)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return String.valueOf(releaseOf(newer.get(low)));
    }

    private static boolean parses(ParserConfiguration.LanguageLevel level, String text) {
        try {
            return newParser(level).parse(text).isSuccessful();
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /** 17 for JAVA_17; 0 for the old releases, previews and other levels. */
    private static int releaseOf(ParserConfiguration.LanguageLevel level) {
        String digits = level.name().substring("JAVA_".length());
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 0;
    }

    private static String javaName(ParserConfiguration.LanguageLevel level) {
        int release = releaseOf(level);
        return "Java " + (release > 0 ? String.valueOf(release) : level.name().substring("JAVA_".length()).replace('_', '.'));
    }
}
