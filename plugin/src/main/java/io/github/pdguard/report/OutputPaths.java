package io.github.pdguard.report;

import io.github.pdguard.analysis.ConfigurationException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before any analysis, that the files pdguard reads and writes can be: the baseline can be
 * read (or written), the output directory created and written. A front end names its parameters;
 * the message says what the path is and what would be right.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * A baseline that {@code check} will read when it exists: it must be a readable file. A missing
     * file is fine (no baseline); a link to nowhere is not, because it looks like one.
     */
    public static void checkReadableBaseline(String parameter, Path file) throws ConfigurationException {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new ConfigurationException(parameter, "'" + path + "' is a symbolic link to " + target(path)
                    + ", which does not exist; point " + parameter + " at the baseline's JSON file, or remove the link"
                    + " and run mvn pdguard:baseline to write one");
        }
        if (Files.isDirectory(path)) {
            throw new ConfigurationException(parameter, "'" + path + "' is a directory; point " + parameter
                    + " at the baseline's JSON file (by default pdguard-baseline.json in the project directory)");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw new ConfigurationException(parameter, "'" + path + "' is not a regular file; point " + parameter
                    + " at the baseline's JSON file");
        }
        if (Files.exists(path) && !Files.isReadable(path)) {
            throw new ConfigurationException(parameter, "'" + path + "' cannot be read (permissions); make it readable"
                    + " for the user running the build");
        }
    }

    /** A file pdguard will write (the baseline): it must not be a directory, and its directory must be creatable. */
    public static void checkWritableFile(String parameter, Path file) throws ConfigurationException {
        Path path = file.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            throw new ConfigurationException(parameter, "'" + path + "' is a directory; point " + parameter
                    + " at a file, for example " + path.resolve("pdguard-baseline.json"));
        }
        if (Files.isRegularFile(path) && !Files.isWritable(path)) {
            throw new ConfigurationException(parameter, "'" + path + "' cannot be written (permissions)");
        }
        if (path.getParent() != null) {
            checkCreatableDirectory(parameter, path.getParent(), path);
        }
    }

    /** A directory pdguard will write reports into: it must be a directory or creatable as one, and writable. */
    public static void checkWritableDirectory(String parameter, Path directory) throws ConfigurationException {
        checkCreatableDirectory(parameter, directory.toAbsolutePath().normalize(), null);
    }

    private static void checkCreatableDirectory(String parameter, Path directory, Path file) throws ConfigurationException {
        String value = "'" + (file == null ? directory : file) + "'";
        for (Path existing = directory; existing != null; existing = existing.getParent()) {
            if (Files.isSymbolicLink(existing) && !Files.exists(existing)) {
                throw new ConfigurationException(parameter, value + " cannot be created: " + existing
                        + " is a symbolic link to " + target(existing) + ", which does not exist; use a directory"
                        + " pdguard can create, for example ${project.build.directory}/pdguard");
            }
            if (!Files.exists(existing)) {
                continue;
            }
            if (!Files.isDirectory(existing)) {
                throw new ConfigurationException(parameter, value + " cannot be created: " + existing
                        + " is a file, not a directory; use a directory pdguard can create, for example"
                        + " ${project.build.directory}/pdguard");
            }
            if (!Files.isWritable(existing)) {
                throw new ConfigurationException(parameter, value + " cannot be written: " + existing
                        + " is not writable for the user running the build");
            }
            return;
        }
    }

    private static String target(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "a path";
        }
    }
}
