package com.clinic.archive;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** A scanned letter. The type-level retention is not a constant; members inherit it. */
@PersonalData(category = Category.OTHER, purposes = "treatment", retention = ArchiveSettings.configuredRetention)
public class ScannedLetter { // EXPECT: invalid-declaration

    @PersonalData(category = Category.IDENTITY)
    private String sender; // clean: inherits the unusable value, reported once at the type

    @PersonalData(category = Category.OTHER, retention = "P5Y")
    private String content; // clean: own valid retention
}
