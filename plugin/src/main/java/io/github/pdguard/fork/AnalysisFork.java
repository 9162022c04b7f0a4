package io.github.pdguard.fork;

import io.github.pdguard.analysis.AnalysisException;
import io.github.pdguard.analysis.AnalysisRequest;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs one analysis in a JVM of its own and returns its result. Why: a build tool's JVM is tuned
 * for the build, not for pdguard. On two cores, a cold analysis with the C1 compiler only took about
 * 0.7 of the time it took in Maven's JVM (C2 compiling the parser and the analysis competes with
 * them for the cores and pays off only in longer runs); and the analysis's heap no longer has to
 * fit in the build's. The collector stays G1: the parallel collector was about 10 % faster with room
 * to spare but more than twice as slow in a heap the analysis nearly fills.
 */
public final class AnalysisFork {
    /** The JVM options a fork gets unless the user gives others, separated by spaces. */
    public static final String DEFAULT_JVM_ARGS = "-XX:TieredStopAtLevel=1";
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(DEFAULT_JVM_ARGS.split(" "));
    /**
     * With {@code fork=auto}, sources of more than this many bytes (about 50,000 lines) are analysed in a
     * fork. Measured cold, forked against inside Maven: 1,600 lines 3.1–4.0 s against 2.9 s, 13,700
     * lines (0.5 MB) 3.6 s against 3.0–3.6 s, 23,000 lines (0.9 MB) even, 98,000 lines (3.7 MB) 5.6–6.2 s
     * against 6.6–8.3 s; so the threshold has a margin above where the fork starts to pay.
     */
    public static final long AUTO_FORK_BYTES = 2_000_000;
    private static final Pattern HEAP_SIZE = Pattern.compile("\\d+[kKmMgG]?");
    /** Classes from each jar (or directory) the engine needs: the plugin, JavaParser, Jackson, the annotations. */
    private static final List<Class<?>> ENGINE_CLASSES = List.of(ForkedAnalysis.class,
            com.github.javaparser.JavaParser.class, com.fasterxml.jackson.databind.ObjectMapper.class,
            com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonAutoDetect.class,
            io.github.pdguard.annotations.Category.class);

    private final Path java;
    private final List<String> jvmOptions;

    /**
     * @param jvmOptions    options for the forked JVM ({@link #DEFAULT_JVM_OPTIONS} when null)
     * @param maxHeap       its maximum heap, as in {@code -Xmx} ({@code 2g}, {@code 1536m}), or null for the JVM's default
     * @throws ConfigurationException when {@code maxHeap} is not a heap size
     */
    public AnalysisFork(List<String> jvmOptions, String maxHeap) throws ConfigurationException {
        this.java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "java.exe" : "java");
        List<String> options = new ArrayList<>(jvmOptions == null ? DEFAULT_JVM_OPTIONS : jvmOptions);
        if (maxHeap != null && !maxHeap.isBlank()) {
            if (!HEAP_SIZE.matcher(maxHeap.trim()).matches()) {
                throw new ConfigurationException("maxHeap", "'" + maxHeap
                        + "' is not a heap size; use a number with k, m or g, as in -Xmx (for example 2g or 1536m)");
            }
            options.add("-Xmx" + maxHeap.trim());
        }
        this.jvmOptions = List.copyOf(options);
    }

    /** Whether {@code fork=auto} forks for these sources. */
    public static boolean worthForking(List<Path> sourceFiles) {
        long bytes = 0;
        for (Path file : sourceFiles) {
            bytes += file.toFile().length();
        }
        return bytes > AUTO_FORK_BYTES;
    }

    /** The command that starts the fork, without its two file arguments. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, engineClasspath()));
        command.add(ForkedAnalysis.class.getName());
        return command;
    }

    /**
     * The job, the outcome and the fork's log go to a temporary directory, removed afterwards
     * unless the fork stopped without a result (then its log is kept and named).
     *
     * @throws AnalysisException with the fork's message when the analysis failed, or when the fork
     *                           could not start or stopped without a result (then with the end of its log)
     */
    public AnalysisResult analyze(AnalysisRequest request) throws IOException {
        return analyze(new ForkProtocol.Job(request, null, null));
    }

    /**
     * {@link #analyze(AnalysisRequest)} after the caller looked the cache up and found nothing valid:
     * the fork analyses and stores the result under that lookup's key, without making it again.
     */
    public AnalysisResult analyzeAfterMiss(AnalysisRequest request, Analyzer.CacheLookup miss) throws IOException {
        return analyze(new ForkProtocol.Job(request, miss.key(), miss.problem()));
    }

    private AnalysisResult analyze(ForkProtocol.Job job) throws IOException {
        Path workDirectory = Files.createTempDirectory("pdguard-fork");
        boolean keepLog = false;
        try {
            return analyze(job, workDirectory);
        } catch (StoppedWithoutResult e) {
            keepLog = true;
            throw e;
        } finally {
            for (String name : keepLog ? List.of("job.json", "outcome.json")
                    : List.of("job.json", "outcome.json", "fork.log")) {
                Files.deleteIfExists(workDirectory.resolve(name));
            }
            if (!keepLog) {
                Files.deleteIfExists(workDirectory);
            }
        }
    }

    /** A bug inside the fork: its stack trace, for {@code mvn -e} and the report. */
    static final class ForkedFailure extends RuntimeException {
        ForkedFailure(String trace) {
            super("in the forked analysis:\n" + trace, null, false, false);
        }
    }

    /** The fork ended without writing its outcome: a crash, or killed. */
    private static final class StoppedWithoutResult extends AnalysisException {
        StoppedWithoutResult(String message) {
            super(message, null);
        }
    }

    private AnalysisResult analyze(ForkProtocol.Job job, Path workDirectory) throws IOException {
        Path jobFile = workDirectory.resolve("job.json");
        Path outcomeFile = workDirectory.resolve("outcome.json");
        Path log = workDirectory.resolve("fork.log");
        Files.deleteIfExists(outcomeFile);
        ForkProtocol protocol = new ForkProtocol();
        protocol.writeJob(jobFile, job);
        List<String> command = command();
        command.add(jobFile.toString());
        command.add(outcomeFile.toString());
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new AnalysisException("pdguard could not start its analysis in a separate JVM (" + java + ": "
                    + e.getMessage() + "); set -Dpdguard.fork=false to analyse inside Maven's JVM", e);
        }
        // A build stopped from outside (a cancelled CI job) stops the analysis too.
        Thread stopFork = new Thread(process::destroyForcibly, "pdguard-stop-fork");
        Runtime.getRuntime().addShutdownHook(stopFork);
        int status;
        try {
            status = process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AnalysisException("pdguard's analysis was interrupted", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopFork);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is going down: the hook runs.
            }
        }
        if (!Files.exists(outcomeFile)) {
            throw new StoppedWithoutResult("pdguard's analysis in a separate JVM stopped without a result (exit status "
                    + status + "). The end of its log " + log + ":\n" + tail(log, 15));
        }
        ForkProtocol.Outcome outcome = protocol.readOutcome(outcomeFile);
        if (outcome.error() != null) {
            throw new AnalysisException(outcome.error(), outcome.trace() == null ? null : new ForkedFailure(outcome.trace()));
        }
        return outcome.result();
    }

    private static List<String> engineClasspath() {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : ENGINE_CLASSES) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException | RuntimeException e) {
                throw new AnalysisException("pdguard cannot tell where " + type.getName() + " was loaded from, so it cannot"
                        + " start its analysis in a separate JVM; set -Dpdguard.fork=false", e);
            }
        }
        return List.copyOf(entries);
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, Charset.defaultCharset());
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "(cannot read it: " + e.getMessage() + ")";
        }
    }
}
