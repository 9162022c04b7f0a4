package io.github.pdguard.analysis.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the {@code .java} files under the source roots that the Ant-style includes and excludes select. */
public final class SourceFinder {
    private final List<Pattern> includes;
    private final List<Pattern> excludes;

    public SourceFinder(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(SourceFinder::antToRegex).toList();
        this.excludes = excludes.stream().map(SourceFinder::antToRegex).toList();
    }

    /** Absolute, normalised paths, sorted and without duplicates (roots may overlap). */
    public List<Path> find(List<Path> roots) throws IOException {
        TreeSet<Path> found = new TreeSet<>();
        for (Path root : roots) {
            Path absoluteRoot = root.toAbsolutePath().normalize();
            if (!Files.isDirectory(absoluteRoot)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(absoluteRoot)) {
                found.addAll(walk.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().endsWith(".java"))
                        .filter(p -> selected(absoluteRoot.relativize(p)))
                        .collect(Collectors.toList()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return List.copyOf(found);
    }

    boolean selected(Path relative) {
        String path = relative.toString().replace('\\', '/');
        return includes.stream().anyMatch(p -> p.matcher(path).matches())
                && excludes.stream().noneMatch(p -> p.matcher(path).matches());
    }

    /** Ant semantics: {@code **} spans directories (also none), {@code *} and {@code ?} stay within one. */
    static Pattern antToRegex(String pattern) {
        String ant = pattern.trim().replace('\\', '/');
        if (ant.endsWith("/")) {
            ant = ant + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < ant.length(); i++) {
            char c = ant.charAt(i);
            if (c == '*' && i + 1 < ant.length() && ant.charAt(i + 1) == '*') {
                boolean slashFollows = i + 2 < ant.length() && ant.charAt(i + 2) == '/';
                regex.append(slashFollows ? "(?:.*/)?" : ".*");
                i += slashFollows ? 2 : 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
