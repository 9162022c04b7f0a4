package io.github.pdguard.report;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What the reports need to know besides the findings. Plain values: front ends translate their
 * own parameters into them.
 *
 * @param title           the project's name, shown in the HTML and Markdown reports
 * @param toolVersion     pdguard's version, written into SARIF
 * @param buildRoot       the top of the build (the multi-module root): report paths and SARIF
 *                        {@code %SRCROOT%} are relative to it
 * @param moduleDirectory the analysed module's directory (which baseline entries belong to it)
 * @param baselineFile    where the baseline is or would be (baseline fingerprints use paths relative to its directory)
 * @param category        the SARIF {@code automationDetails.id}, distinct per module ({@code pdguard/core/})
 * @param charset         the encoding of the analysed sources
 */
public record ReportSettings(String title, String toolVersion, Path buildRoot, Path moduleDirectory, Path baselineFile,
                             String category, Charset charset) {

    public ReportSettings {
        buildRoot = buildRoot.toAbsolutePath().normalize();
        moduleDirectory = moduleDirectory.toAbsolutePath().normalize();
        baselineFile = baselineFile.toAbsolutePath().normalize();
    }

    /** The path of a file relative to the top of the build, with {@code /}; absolute when it lies outside. */
    public String buildPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path path = absolute.startsWith(buildRoot) ? buildRoot.relativize(absolute) : absolute;
        return path.toString().replace('\\', '/');
    }

    /** The path of a file relative to the baseline's directory, with {@code /} (it may start with {@code ../}). */
    String baselinePath(Path file) {
        Path base = baselineFile.getParent();
        Path absolute = file.toAbsolutePath().normalize();
        Path path = base != null && absolute.getRoot() != null && absolute.getRoot().equals(base.getRoot())
                ? base.relativize(absolute) : absolute;
        return path.toString().replace('\\', '/');
    }

    /** Whether a baseline entry (its file relative to the top of the build) belongs to the analysed module. */
    boolean ownsEntry(Baseline.Entry entry) {
        return buildRoot.resolve(entry.file()).normalize().startsWith(moduleDirectory);
    }
}
