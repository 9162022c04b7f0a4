package io.github.pdguard.fork;

import io.github.pdguard.analysis.AnalysisException;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The forked analysis: {@code ForkedAnalysis JOB.json OUTCOME.json}. Reads the request, runs the
 * engine and writes the outcome; an error the user can act on (a source directory that cannot be
 * read, too little heap) is written as the outcome's message, and the exit status is 0 whenever an
 * outcome was written.
 */
public final class ForkedAnalysis {
    /** What a user whose forked analysis ran out of heap sets; {@code %d} is a size in GB. */
    static final String OUT_OF_MEMORY_ADVICE = "Give pdguard's analysis a larger heap, for example -Dpdguard.maxHeap=%dg"
            + " (the maxHeap parameter)";

    private ForkedAnalysis() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ForkedAnalysis JOB.json OUTCOME.json");
            System.exit(2);
        }
        ForkProtocol protocol = new ForkProtocol();
        protocol.writeOutcome(Path.of(args[1]), run(protocol.readJob(Path.of(args[0]))));
    }

    static ForkProtocol.Outcome run(ForkProtocol.Job job) {
        try {
            Analyzer analyzer = new Analyzer(job.request().toBuilder().outOfMemoryAdvice(OUT_OF_MEMORY_ADVICE).build());
            return ForkProtocol.Outcome.of(job.cacheKey() == null ? analyzer.analyze()
                    : analyzer.analyzeAfterMiss(new Analyzer.CacheLookup(job.cacheKey(), Optional.empty(), job.cacheProblem())));
        } catch (ConfigurationException e) {
            return ForkProtocol.Outcome.failed(e.getMessage());
        } catch (IOException e) {
            return ForkProtocol.Outcome.failed("pdguard could not read the sources: " + e.getMessage());
        } catch (AnalysisException e) {
            return ForkProtocol.Outcome.failed(e.getMessage());
        } catch (RuntimeException e) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            return ForkProtocol.Outcome.failed("pdguard internal error (" + AnalysisException.describe(e)
                    + "); please report it at " + AnalysisException.REPORT_AT + " with the output of mvn -e", trace.toString());
        }
    }
}
