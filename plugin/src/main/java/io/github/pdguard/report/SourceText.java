package io.github.pdguard.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of the analysed files, read once per file for code excerpts and fingerprints. A file
 * that cannot be read any more (deleted since the analysis) has no text; callers fall back.
 */
public final class SourceText {
    private final Charset charset;
    private final Map<Path, Optional<String>> texts = new HashMap<>();
    private final Map<Path, List<String>> lines = new HashMap<>();
    private final Map<Path, Map<Integer, String>> lineHashes = new HashMap<>();

    public SourceText(Charset charset) {
        this.charset = charset;
    }

    /** The whole file, decoded leniently (malformed bytes become U+FFFD), or empty when it cannot be read. */
    public synchronized Optional<String> text(Path file) {
        return texts.computeIfAbsent(file.toAbsolutePath().normalize(), this::read);
    }

    /** The file's lines without line terminators ({@code \n}, {@code \r\n} or {@code \r}); empty when unreadable. */
    public synchronized List<String> lines(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return lines.computeIfAbsent(key, k -> text(k).map(SourceText::split).orElse(List.of()));
    }

    /** Line {@code number} (1-based), or {@code ""} when there is no such line. */
    public String line(Path file, int number) {
        List<String> all = lines(file);
        return number >= 1 && number <= all.size() ? all.get(number - 1) : "";
    }

    /** GitHub's {@code primaryLocationLineHash} of the line, or {@code null} when the file cannot be read. */
    public synchronized String lineHash(Path file, int line) {
        Path key = file.toAbsolutePath().normalize();
        Map<Integer, String> hashes = lineHashes.computeIfAbsent(key,
                k -> text(k).map(Fingerprints::lineHashes).orElse(Map.of()));
        return hashes.get(line);
    }

    private Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            result.add(text.substring(start));
        }
        return result;
    }
}
