package io.github.pdguard.analysis.classpath;

import java.nio.file.Path;

/**
 * A classpath entry, or one class in it, that could not be read. Reading goes on without it.
 *
 * @param path   the classpath entry (jar, directory or file)
 * @param entry  the class inside it (a jar entry name or a path relative to the directory), or {@code null}
 *               when the whole entry could not be read
 * @param reason what is wrong, in words for the user
 */
public record ClasspathProblem(Path path, String entry, String reason) {

    /** {@code /repo/x.jar!/a/B.class: truncated class file} or {@code /repo/x.jar: not a jar or zip file}. */
    public String describe() {
        return entry == null ? path + ": " + reason : path + "!/" + entry + ": " + reason;
    }

    @Override
    public String toString() {
        return describe();
    }
}
