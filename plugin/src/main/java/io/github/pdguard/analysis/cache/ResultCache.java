package io.github.pdguard.analysis.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Inventory;
import io.github.pdguard.report.AtomicFiles;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The result of the last analysis, kept in one file under the output directory with the
 * {@link InputKey} of its inputs. While the key is the same, the stored findings are the findings:
 * nothing is parsed or analysed. Any other key, or a file that cannot be read, is a miss.
 */
public final class ResultCache {
    /** Changes whenever what is stored changes shape. */
    static final String FORMAT = "pdguard-result-cache/1";

    private final Path file;
    private final ObjectMapper json = newJsonMapper();

    /** How findings, inventories and the records holding them are written and read back: by their fields, strictly. */
    public static ObjectMapper newJsonMapper() {
        return new ObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public ResultCache(Path file) {
        this.file = file;
    }

    /** What one analysis produced, before {@code reportOnly} narrows it. */
    public record Stored(String format, String key, List<Finding> findings, int filesAnalysed, long linesAnalysed,
                         Inventory inventory, List<String> warnings) {
    }

    /** The outcome of a lookup. */
    public sealed interface Lookup {
    }

    public record Hit(Stored stored) implements Lookup {
    }

    /** No entry for these inputs; {@code problem} says why an existing file could not be used, or is null. */
    public record Miss(String problem) implements Lookup {
    }

    public Lookup lookup(String key) {
        Stored stored;
        try {
            stored = json.readValue(file.toFile(), Stored.class);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return new Miss(null);
        } catch (JacksonException e) {
            return new Miss("the cache " + file + " is not a pdguard cache or is damaged (" + e.getOriginalMessage()
                    + "); pdguard analysed everything and replaces it");
        } catch (IOException e) {
            return new Miss("cannot read the cache " + file + " (" + e.getMessage() + "); pdguard analysed everything");
        }
        if (stored == null || !FORMAT.equals(stored.format()) || !key.equals(stored.key()) || stored.findings() == null) {
            return new Miss(null);
        }
        return new Hit(stored);
    }

    /** Replaces the stored result, atomically: a build stopped half way leaves the previous one. */
    public void store(String key, List<Finding> findings, int filesAnalysed, long linesAnalysed, Inventory inventory,
                      List<String> warnings) throws IOException {
        Stored stored = new Stored(FORMAT, key, findings, filesAnalysed, linesAnalysed, inventory, warnings);
        AtomicFiles.write(file, out -> json.writeValue(out, stored));
    }
}
