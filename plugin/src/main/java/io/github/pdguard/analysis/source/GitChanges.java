package io.github.pdguard.analysis.source;

import io.github.pdguard.analysis.ConfigurationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref (pull-request mode, SPEC 4 {@code since}): committed changes
 * between the ref's merge base and HEAD, plus uncommitted and untracked files. Runs the local
 * {@code git}; reaches no network.
 */
public final class GitChanges {

    private GitChanges() {
    }

    /** Absolute, normalised paths of the changed files. */
    public static Set<Path> since(String ref, Path directory) throws ConfigurationException {
        Path top = Path.of(git(directory, "rev-parse", "--show-toplevel").get(0).trim());
        Set<Path> changed = new TreeSet<>();
        List<List<String>> listings = List.of(
                git(directory, "diff", "--name-only", ref + "...HEAD", "--"),
                git(directory, "diff", "--name-only", "HEAD", "--"),
                git(directory, "ls-files", "--others", "--exclude-standard"));
        for (List<String> listing : listings) {
            for (String line : listing) {
                if (!line.isBlank()) {
                    changed.add(top.resolve(line.trim()).toAbsolutePath().normalize());
                }
            }
        }
        return changed;
    }

    private static List<String> git(Path directory, String... arguments) throws ConfigurationException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new ConfigurationException("since", "git " + String.join(" ", arguments) + " failed in "
                        + directory + ": " + output.lines().findFirst().orElse("no output").trim()
                        + " (since needs a git checkout and a ref it knows, for example origin/main)");
            }
            return output.lines().toList();
        } catch (IOException e) {
            throw new ConfigurationException("since", "cannot run git (" + e.getMessage()
                    + "); since needs git on the PATH");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigurationException("since", "interrupted while running git");
        }
    }
}
