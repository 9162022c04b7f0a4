package io.github.pdguard.fork;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pdguard.analysis.AnalysisRequest;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Inventory;
import io.github.pdguard.analysis.cache.ResultCache;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The two files the launching process and the forked analysis exchange: the job and the outcome. */
final class ForkProtocol {
    private final ObjectMapper json = ResultCache.newJsonMapper();

    /**
     * What the fork is to do.
     *
     * @param cacheKey     when the launching process looked the cache up and found nothing valid: the
     *                     key to store the result under (the fork does not read every source again
     *                     to make it, nor the cache file); otherwise null
     * @param cacheProblem why that lookup could not use the cache file, or null
     */
    record Job(AnalysisRequest request, String cacheKey, String cacheProblem) {
    }

    /**
     * What the forked analysis produced: a result, or the message of the error that stopped it.
     *
     * @param error null when the analysis succeeded
     * @param trace the stack trace of an internal error (a bug to report), or null
     */
    record Outcome(String error, String trace, List<Finding> findings, int filesAnalysed, long linesAnalysed, long elapsedNanos,
                   Inventory inventory, List<String> warnings, boolean fromCache) {

        static Outcome of(AnalysisResult result) {
            return new Outcome(null, null, result.findings(), result.filesAnalysed(), result.linesAnalysed(),
                    result.elapsed().toNanos(), result.inventory(), result.warnings(), result.fromCache());
        }

        static Outcome failed(String error) {
            return failed(error, null);
        }

        static Outcome failed(String error, String trace) {
            return new Outcome(error, trace, List.of(), 0, 0, 0, Inventory.EMPTY, List.of(), false);
        }

        AnalysisResult result() {
            return new AnalysisResult(findings, filesAnalysed, linesAnalysed, Duration.ofNanos(elapsedNanos), inventory,
                    warnings, fromCache);
        }
    }

    void writeJob(Path file, Job job) throws IOException {
        json.writeValue(file.toFile(), job);
    }

    Job readJob(Path file) throws IOException {
        return json.readValue(file.toFile(), Job.class);
    }

    void writeOutcome(Path file, Outcome outcome) throws IOException {
        json.writeValue(file.toFile(), outcome);
    }

    Outcome readOutcome(Path file) throws IOException {
        return json.readValue(file.toFile(), Outcome.class);
    }
}
