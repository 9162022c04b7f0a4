package io.github.pdguard.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How serious a finding is; ordered from least to most serious. */
public enum Severity {
    NOTE, WARNING, ERROR;

    /** The lower-case name users write in configuration and see in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isAtLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }

    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id().equals(wanted)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(Severity::id).collect(Collectors.joining(", "));
    }
}
