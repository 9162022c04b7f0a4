package io.github.pdguard.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SPEC 5: reports and the baseline are written atomically; a failed write leaves the previous file and no half. */
class AtomicFilesTest {

    @TempDir
    Path directory;

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path report = directory.resolve("pdguard.sarif");
        AtomicFiles.write(report, "{\"previous\": true}\n");

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("{\"runs\": [".getBytes(StandardCharsets.UTF_8));
            out.write(new byte[1 << 20]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        assertThat(report).hasContent("{\"previous\": true}");
        assertThat(files()).containsExactly("pdguard.sarif");
    }

    @Test
    void aFailedFirstWriteLeavesNothingAReaderCouldTrust() throws Exception {
        Path baseline = directory.resolve("pdguard-baseline.json");
        assertThatThrownBy(() -> AtomicFiles.write(baseline, out -> {
            out.write("{\"version\": 1, \"findings\": [".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("interrupted");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(files()).isEmpty();
    }

    @Test
    void aRenameThatFailsLeavesNoTemporaryFile() throws Exception {
        // The target is a non-empty directory: the rename over it fails.
        Path occupied = Files.createDirectories(directory.resolve("pdguard.json"));
        Files.writeString(occupied.resolve("keep"), "x");

        assertThatThrownBy(() -> AtomicFiles.write(occupied, "[]\n")).isInstanceOf(IOException.class);

        assertThat(files()).containsExactly("pdguard.json");
        assertThat(occupied.resolve("keep")).hasContent("x");
    }

    @Test
    void aSuccessfulWriteReplacesTheFileWhole() throws Exception {
        Path report = directory.resolve("pdguard.md");
        AtomicFiles.write(report, "old\n");
        AtomicFiles.write(report, "new\n");
        assertThat(report).hasContent("new");
        assertThat(files()).containsExactly("pdguard.md");
    }
}
