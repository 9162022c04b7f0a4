package io.github.pdguard.analysis.flow;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configurable parts of the value analysis (SPEC 4 {@code logSinks}, {@code sanitizers},
 * {@code sources}), already validated.
 *
 * @param logSinks   {@code fully.qualified.Type#method} entries
 * @param sanitizers {@code fully.qualified.Type#method} entries
 * @param sources    {@code fully.qualified.Type#method} to the category it yields
 * @param inferPersonalData whether undeclared values whose names suggest personal data are followed too
 *                          (for {@code probable-log-leak})
 */
public record FlowOptions(Set<String> logSinks, Set<String> sanitizers, Map<String, String> sources,
                          boolean inferPersonalData) {
    public static final FlowOptions DEFAULT = new FlowOptions(Set.of(), Set.of(), Map.of(), true);

    public FlowOptions {
        logSinks = Set.copyOf(logSinks);
        sanitizers = Set.copyOf(sanitizers);
        sources = Map.copyOf(sources);
    }

    private static String key(String typeName, String method) {
        return typeName + "#" + method;
    }

    // Asked at every call: no key is built while nothing is configured.
    boolean isSanitizer(String typeName, String method) {
        return !sanitizers.isEmpty() && sanitizers.contains(key(typeName, method));
    }

    boolean isLogSink(String typeName, String method) {
        return !logSinks.isEmpty() && logSinks.contains(key(typeName, method));
    }

    List<String> sourceCategories(String typeName, String method) {
        if (sources.isEmpty()) {
            return null;
        }
        String category = sources.get(key(typeName, method));
        return category == null ? null : List.of(category);
    }
}
