package io.github.pdguard.report;

import io.github.pdguard.analysis.ConfigurationException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report files {@code check} can write into the output directory (parameter {@code formats}). */
public enum ReportFormat {
    SARIF("sarif", "pdguard.sarif"),
    JSON("json", "pdguard.json"),
    HTML("html", "pdguard.html"),
    MARKDOWN("markdown", "pdguard.md");

    private final String id;
    private final String fileName;

    ReportFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** As users write it: {@code sarif}, {@code json}, {@code html}, {@code markdown}. */
    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Parses a comma- or space-separated list ({@code sarif,html}); case and blanks do not matter,
     * an empty list means no report files.
     *
     * @throws ConfigurationException naming the parameter {@code formats} for an unknown format
     */
    public static Set<ReportFormat> parseList(String text) throws ConfigurationException {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        if (text == null) {
            return formats;
        }
        for (String item : text.split("[,\\s]+")) {
            String wanted = item.trim().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                continue;
            }
            ReportFormat format = Arrays.stream(values()).filter(f -> f.id.equals(wanted) || (f == MARKDOWN && wanted.equals("md")))
                    .findFirst().orElse(null);
            if (format == null) {
                throw new ConfigurationException("formats", "'" + item.trim() + "' is not a report format; allowed: "
                        + Arrays.stream(values()).map(ReportFormat::id).collect(Collectors.joining(", "))
                        + " (comma-separated, for example sarif,html)");
            }
            formats.add(format);
        }
        return formats;
    }
}
