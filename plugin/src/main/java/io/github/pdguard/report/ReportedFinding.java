package io.github.pdguard.report;

import io.github.pdguard.analysis.Finding;

import java.util.Locale;

/**
 * A finding as the reports show it.
 *
 * @param path        the file relative to the top of the build, with {@code /} (absolute when outside it)
 * @param lineHash    GitHub's {@code primaryLocationLineHash}, or {@code null} when the file cannot be read
 * @param fingerprint the baseline fingerprint (see {@link Fingerprints})
 * @param status      open, suppressed in the code, or accepted in the baseline
 * @param reason      the baseline entry's {@code reason}, or {@code null}
 */
public record ReportedFinding(Finding finding, String path, String lineHash, String fingerprint, Status status,
                              String reason) {

    public enum Status {
        /** Counts: it can fail the build. */
        OPEN,
        /** {@code @SuppressWarnings("pdguard…")} around it. */
        SUPPRESSED,
        /** In the baseline file. */
        BASELINED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    ReportedFinding baselined(String entryReason) {
        return new ReportedFinding(finding, path, lineHash, fingerprint, Status.BASELINED, entryReason);
    }
}
