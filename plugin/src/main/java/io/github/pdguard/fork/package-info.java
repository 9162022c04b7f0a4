/**
 * The analysis in a JVM of its own: a front end launches {@link io.github.pdguard.fork.AnalysisFork},
 * which runs {@link io.github.pdguard.fork.ForkedAnalysis} with the engine's classpath, its own heap
 * and JVM options, and reads the result back. Knows nothing of Maven.
 */
package io.github.pdguard.fork;
