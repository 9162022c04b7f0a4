package io.github.pdguard.analysis.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Parses every file once, in parallel. JavaParser instances are not thread-safe, so each worker
 * thread gets its own; nothing is kept in static state.
 */
public final class JavaSourceParser {
    private static final long PARSER_STACK_BYTES = 512L * 1024 * 1024;
    private final ParserConfiguration.LanguageLevel languageLevel;
    private final Charset encoding;
    private final int threads;

    public JavaSourceParser(ParserConfiguration.LanguageLevel languageLevel, Charset encoding, int threads) {
        this.languageLevel = languageLevel;
        this.encoding = encoding;
        this.threads = threads;
    }

    /** Results in the order of {@code files}. */
    public List<SourceFile> parseAll(List<Path> files) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())), runnable -> {
            // Generated code nests deeply (long concatenations, thousands of parentheses): the
            // recursive-descent parser needs a deep stack, reserved only virtually.
            Thread thread = new Thread(null, runnable, "pdguard-parser", PARSER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(this::newParser);
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
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private JavaParser newParser() {
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(languageLevel)
                // The rules read no comments: attributing them only costs time. Tokens must stay on:
                // JavaParser derives every node's position from its tokens.
                .setAttributeComments(false);
        return new JavaParser(configuration);
    }

    /** Parses one file; a file that cannot be decoded or parsed becomes a {@link SourceFile.ParseProblem}. */
    public SourceFile parse(JavaParser parser, Path file) throws IOException {
        String text;
        try {
            text = decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            return new SourceFile(file, null, new SourceFile.ParseProblem(1, 1,
                    "the file is not valid " + encoding.name() + " (set project.build.sourceEncoding to its encoding)"), 0);
        }
        int lines = (int) text.lines().count();
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(text);
        } catch (StackOverflowError e) {
            return new SourceFile(file, null, new SourceFile.ParseProblem(1, 1,
                    "the file nests expressions or blocks too deeply for the parser; exclude it with <excludes>"
                            + " if it is generated"), lines);
        }
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new SourceFile(file, result.getResult().get(), null, lines);
        }
        return new SourceFile(file, null, describe(result.getProblems()), lines);
    }

    private String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        // A byte-order mark is legal in a source file but not a Java token.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static SourceFile.ParseProblem describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            return new SourceFile.ParseProblem(1, 1, "the parser gave no result");
        }
        Problem first = problems.get(0);
        int line = 1;
        int column = 1;
        TokenRange range = first.getLocation().orElse(null);
        if (range != null && range.getBegin().getRange().isPresent()) {
            line = range.getBegin().getRange().get().begin.line;
            column = range.getBegin().getRange().get().begin.column;
        }
        String reason = first.getMessage().lines().findFirst().orElse("syntax error").trim();
        if (problems.size() > 1) {
            reason += " (and " + (problems.size() - 1) + " more problem" + (problems.size() > 2 ? "s" : "") + ")";
        }
        return new SourceFile.ParseProblem(line, column, reason);
    }
}
