package io.github.pdguard.analysis.classpath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A micro-measurement, not a test of speed: scans up to 200 jars of the local Maven repository and
 * prints jars/s, classes/s and milliseconds, cold and warm, serial and parallel; then parses every
 * class of those jars in full to show what the constant-pool pre-check saves, and to check the
 * reader against real class files (it asserts only that none fails to parse).
 *
 * <pre>./mvnw -o -pl plugin test -Dtest=ClasspathScanBenchmark -Dpdguard.scanBenchmark=200 -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Its name does not end in {@code Test}, so an ordinary build does not run it.
 */
@EnabledIfSystemProperty(named = "pdguard.scanBenchmark", matches = "\\d+")
class ClasspathScanBenchmark {

    @Test
    void scanTheLocalRepository() throws IOException {
        int limit = Integer.parseInt(System.getProperty("pdguard.scanBenchmark"));
        Path repository = Path.of(System.getProperty("user.home"), ".m2", "repository");
        List<Path> jars;
        try (Stream<Path> walk = Files.walk(repository)) {
            jars = walk.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".jar") && !name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")
                        && Files.isRegularFile(p);
            }).sorted().limit(limit).toList();
        }
        System.out.printf("%n%d jars from %s%n", jars.size(), repository);

        report("cold, default threads", new ClasspathScanner(), jars);
        report("warm, default threads", new ClasspathScanner(), jars);
        report("warm, 1 thread       ", new ClasspathScanner(1), jars);
        ClasspathDeclarations last = report("warm, default threads", new ClasspathScanner(), jars);
        ClasspathScanner caching = new ClasspathScanner(ClasspathScanner.defaultThreads(), true);
        report("caching, 1st module  ", caching, jars);
        report("caching, 2nd module  ", caching, jars);
        for (ClasspathProblem problem : last.problems()) {
            System.out.println("  problem: " + problem.describe());
        }
        last.classes().stream().filter(ClassDeclarations::declaresPdguard).limit(10)
                .forEach(c -> System.out.println("  declares: " + c.sourceName() + " in " + c.origin()));

        // Everything in full, single thread: the cost the pre-check avoids, and a robustness check.
        long started = System.nanoTime();
        long classes = 0;
        List<String> failures = new ArrayList<>();
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!entry.getName().endsWith(".class") || entry.getName().endsWith("module-info.class")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    classes++;
                    try {
                        ClassDeclarations type = ClassFileReader.read(bytes);
                        type.getters();
                    } catch (ClassFormatException e) {
                        failures.add(jar.getFileName() + "!/" + entry.getName() + ": " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                // Reported by the scanner above.
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("full read of every class, 1 thread: %d classes in %d ms (%.0f classes/s), %d failures%n",
                classes, millis, classes * 1000.0 / Math.max(1, millis), failures.size());
        failures.stream().limit(20).forEach(f -> System.out.println("  failure: " + f));
        assertThat(failures).isEmpty();
    }

    private static ClasspathDeclarations report(String label, ClasspathScanner scanner, List<Path> jars) {
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        ClasspathDeclarations declarations = scanner.scan(jars);
        double millis = (System.nanoTime() - started) / 1e6;
        double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6;
        ScanStatistics s = declarations.statistics();
        System.out.printf("%s: %d jars, %d classes (%d MiB) in %.0f ms wall, ~%.0f ms CPU = %.0f jars/s, "
                        + "%.0f classes/s; kept %d declaring + %d hierarchy; %d problems; %d jars remembered%n",
                label, s.jars(), s.classFiles(), s.bytes() >> 20, millis, cpuMillis, s.jars() * 1000 / millis,
                s.classFiles() * 1000 / millis, s.declaringClasses(), s.hierarchyClasses(),
                declarations.problems().size(), s.cachedJars());
        return declarations;
    }

    /** CPU time of the whole JVM (the scan's threads, and the garbage collector and JIT working for it). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
