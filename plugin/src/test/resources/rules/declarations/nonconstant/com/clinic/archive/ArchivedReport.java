package com.clinic.archive;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** A discharge report in the archive. A value that is not a constant is invalid-declaration only. */
public class ArchivedReport {

    private final String archivePurpose = "archiving";

    @PersonalData(category = Category.OTHER, purposes = "treatment", retention = ArchiveSettings.configuredRetention)
    private String summary; // EXPECT: invalid-declaration

    @PersonalData(category = Category.OTHER, purposes = "treatment", retention = ArchiveSettings.FROM_ENVIRONMENT)
    private String attachments; // EXPECT: invalid-declaration

    @PersonalData(category = Category.OTHER, purposes = "treatment", retention = ArchiveSettings.defaultRetention())
    private String dischargeLetter; // EXPECT: invalid-declaration

    @PersonalData(category = Category.IDENTITY, purposes = archivePurpose, retention = "P10Y")
    private String patientName; // EXPECT: invalid-declaration

    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y")
    private String attendingDoctor; // clean: literals
}
