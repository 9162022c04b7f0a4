package io.github.pdguard.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/**
 * The one helper of rule and conformance tests: sources carry {@code // EXPECT: rule-id[, rule-id]}
 * at the end of each line where a finding is expected (a rule listed twice expects two findings).
 * The helper analyses a source root and compares every finding of the checked rules, line by line:
 * a missing finding and an extra finding both fail, with a listing of both.
 */
public final class MarkedFindings {
    private static final Pattern MARKER = Pattern.compile("//\\s*EXPECT:\\s*([a-z-]+(\\s*,\\s*[a-z-]+)*)\\s*$");

    private MarkedFindings() {
    }

    /** Analyses {@code root} with the given configuration and asserts exactly the marked findings of {@code checkedRules}. */
    public static AnalysisResult assertMarkedFindings(Path root, AnalysisConfig.Builder config, Collection<String> checkedRules) {
        AnalysisResult result;
        try {
            result = new Analyzer(config.sourceRoot(root).build()).analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigurationException e) {
            throw new IllegalArgumentException(e);
        }
        Map<String, List<String>> expected = expectedFindings(root, checkedRules);
        Map<String, List<String>> actual = new TreeMap<>();
        Map<String, String> messages = new TreeMap<>();
        for (Finding finding : result.unsuppressed()) {
            if (checkedRules.contains(finding.ruleId())) {
                String key = key(root, finding.file(), finding.line());
                actual.computeIfAbsent(key, k -> new ArrayList<>()).add(finding.ruleId());
                messages.merge(key, finding.ruleId() + ": " + finding.message(), (a, b) -> a + " | " + b);
            }
        }
        actual.values().forEach(list -> list.sort(null));
        if (!expected.equals(actual)) {
            StringBuilder diff = new StringBuilder("Findings differ from the // EXPECT markers under " + root + "\n");
            TreeMap<String, Object> keys = new TreeMap<>();
            expected.keySet().forEach(k -> keys.put(k, k));
            actual.keySet().forEach(k -> keys.put(k, k));
            for (String key : keys.keySet()) {
                List<String> want = expected.getOrDefault(key, List.of());
                List<String> got = actual.getOrDefault(key, List.of());
                if (!want.equals(got)) {
                    diff.append("  ").append(key).append(": expected ").append(want).append(", got ").append(got);
                    if (messages.containsKey(key)) {
                        diff.append("  <- ").append(messages.get(key));
                    }
                    diff.append('\n');
                }
            }
            fail(diff.toString());
        }
        return result;
    }

    /** File-relative key {@code path:line} to the sorted list of expected rule ids. */
    public static Map<String, List<String>> expectedFindings(Path root, Collection<String> checkedRules) {
        Map<String, List<String>> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher marker = MARKER.matcher(lines.get(i));
                    if (!marker.find()) {
                        continue;
                    }
                    for (String rule : marker.group(1).split(",")) {
                        if (checkedRules.contains(rule.trim())) {
                            expected.computeIfAbsent(key(root, file, i + 1), k -> new ArrayList<>()).add(rule.trim());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expected.values().forEach(list -> list.sort(null));
        return expected;
    }

    private static String key(Path root, Path file, int line) {
        Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/') + ":" + String.format("%04d", line);
    }
}
