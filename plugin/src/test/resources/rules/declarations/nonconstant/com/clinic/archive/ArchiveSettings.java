package com.clinic.archive;

/** Archive settings read at start-up. None of these is a compile-time constant. */
public final class ArchiveSettings {

    public static String configuredRetention = System.getProperty("archive.retention", "P10Y");

    public static final String FROM_ENVIRONMENT = System.getenv("ARCHIVE_RETENTION");

    private ArchiveSettings() {
    }

    public static String defaultRetention() {
        return "P10Y";
    }
}
