package io.github.pdguard.report;

import io.github.pdguard.analysis.discovery.Candidate;
import io.github.pdguard.analysis.discovery.DiscoveryRun;
import io.github.pdguard.analysis.model.TypeInfo;
import io.github.pdguard.analysis.source.SourceFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code discover} prints and writes: the candidates per class with a ready-to-paste
 * annotation, as console lines, {@code discover.md} and {@code discover.json}. Paths are relative
 * to a base directory (the module), with forward slashes. Equal input gives equal output.
 */
public final class DiscoveryReport {
    public static final String MARKDOWN = "discover.md";
    public static final String JSON = "discover.json";

    private final DiscoveryRun run;
    private final Path baseDirectory;

    public DiscoveryReport(DiscoveryRun run, Path baseDirectory) {
        this.run = run;
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /** Unsuppressed candidates by declaring type, in file and line order. */
    public Map<TypeInfo, List<Candidate>> byType() {
        Map<TypeInfo, List<Candidate>> byType = new LinkedHashMap<>();
        for (Candidate candidate : run.unsuppressed()) {
            byType.computeIfAbsent(candidate.type(), t -> new ArrayList<>()).add(candidate);
        }
        return byType;
    }

    /** The module-relative path of a file. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute).toString().replace('\\', '/');
    }

    /** One line per class, and per candidate its line, name, reason and annotation. */
    public List<String> consoleLines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        byType().forEach((type, candidates) -> {
            lines.add(type.qualifiedName() + " (" + relative(type.file().path()) + ")");
            for (Candidate candidate : candidates) {
                lines.add("  " + candidate.line() + ": " + candidate.name().getIdentifier() + " (" + candidate.reason() + ")");
                lines.add("      " + candidate.annotation());
            }
        });
        return lines;
    }

    /**
     * {@code pdguard discover: 12 fields or record components in 5 types look like undeclared personal
     * data, 1 suppressed; 34 files, 1,610 lines analysed}.
     */
    public String summary() {
        int candidates = run.unsuppressed().size();
        int types = byType().size();
        return String.format(java.util.Locale.ROOT,
                "pdguard discover: %d %s in %d type%s %s like undeclared personal data, %d suppressed; %d files,"
                        + " %,d lines analysed",
                candidates, candidates == 1 ? "field or record component" : "fields or record components", types,
                types == 1 ? "" : "s", candidates == 1 ? "looks" : "look", run.suppressed().size(), run.files().size(),
                run.linesAnalysed());
    }

    public String markdown() {
        StringBuilder md = new StringBuilder("# pdguard: undeclared personal data\n\n");
        md.append(summary().substring("pdguard discover: ".length())).append(".\n\n");
        md.append("Paste each annotation above its field or record component and fill in `purposes` and `retention`")
                .append(" (for `@Sensitive` also `legalBasis` and `condition`); `check` reports them as missing until")
                .append(" then. `mvn pdguard:discover -Dpdguard.apply=true` inserts the annotations and their imports.")
                .append(" Suppress a wrong match with `@SuppressWarnings(\"pdguard:unannotated-personal-data\")`.\n");
        byType().forEach((type, candidates) -> {
            md.append("\n## ").append(type.qualifiedName()).append("\n\n`").append(relative(type.file().path())).append("`\n\n");
            md.append("| line | name | category | why | annotation |\n| --- | --- | --- | --- | --- |\n");
            for (Candidate candidate : candidates) {
                md.append("| ").append(candidate.line()).append(" | `").append(candidate.name().getIdentifier()).append("` | ")
                        .append(candidate.match().categoryName()).append(" | ")
                        .append(cell(candidate.reason().substring(candidate.reason().indexOf(';') + 2))).append(" | `")
                        .append(cell(candidate.annotation())).append("` |\n");
            }
        });
        List<SourceFile> unparsed = run.unparsed();
        if (!unparsed.isEmpty()) {
            md.append("\n## Files that could not be parsed\n\n");
            for (SourceFile file : unparsed) {
                md.append("- `").append(relative(file.path())).append("`:").append(file.problem().line()).append(": ")
                        .append(cell(file.problem().reason())).append('\n');
            }
        }
        if (!run.suppressed().isEmpty()) {
            md.append("\n## Suppressed\n\n");
            for (Candidate candidate : run.suppressed()) {
                md.append("- `").append(candidate.displayName()).append("` (`").append(relative(candidate.file().path()))
                        .append("`:").append(candidate.line()).append(")\n");
            }
        }
        return md.toString();
    }

    public String json() {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"filesAnalysed\": ").append(run.files().size()).append(",\n");
        json.append("  \"linesAnalysed\": ").append(run.linesAnalysed()).append(",\n");
        json.append("  \"candidates\": [");
        appendCandidates(json, run.unsuppressed());
        json.append("],\n  \"suppressed\": [");
        appendCandidates(json, run.suppressed());
        json.append("],\n  \"unparsed\": [");
        List<SourceFile> unparsed = run.unparsed();
        for (int i = 0; i < unparsed.size(); i++) {
            SourceFile file = unparsed.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\"file\": ").append(string(relative(file.path())))
                    .append(", \"line\": ").append(file.problem().line()).append(", \"reason\": ")
                    .append(string(file.problem().reason())).append('}');
        }
        json.append(unparsed.isEmpty() ? "" : "\n  ").append("]\n}\n");
        return json.toString();
    }

    private void appendCandidates(StringBuilder json, List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            json.append(i == 0 ? "\n" : ",\n").append("    {\n");
            field(json, "file", string(relative(c.file().path())), false);
            field(json, "line", String.valueOf(c.line()), false);
            field(json, "column", String.valueOf(c.column()), false);
            field(json, "type", string(c.type().qualifiedName()), false);
            field(json, "element", string(c.displayName()), false);
            field(json, "kind", string(c.element().describe()), false);
            field(json, "javaType", string(c.javaType()), false);
            field(json, c.match().isSpecial() ? "specialCategory" : "category", string(c.match().categoryName()), false);
            field(json, "matched", string(c.match().matched()), false);
            field(json, "term", string(c.match().term()), false);
            field(json, "reason", string(c.reason()), false);
            field(json, "annotation", string(c.annotation()), true);
            json.append("    }");
        }
        if (!candidates.isEmpty()) {
            json.append("\n  ");
        }
    }

    private static void field(StringBuilder json, String name, String value, boolean last) {
        json.append("      \"").append(name).append("\": ").append(value).append(last ? "\n" : ",\n");
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Writes both files into {@code directory}, each atomically; returns their paths. */
    public List<Path> write(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path markdown = directory.resolve(MARKDOWN);
        Path json = directory.resolve(JSON);
        writeAtomically(markdown, markdown());
        writeAtomically(json, json());
        return List.of(markdown, json);
    }

    static void writeAtomically(Path file, String content) throws IOException {
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
