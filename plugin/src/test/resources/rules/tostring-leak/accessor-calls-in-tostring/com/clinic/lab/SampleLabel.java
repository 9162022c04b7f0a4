package com.clinic.lab;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/**
 * SPEC 3.6 tostring-leak: a hand-written toString exposes a field when its return value carries
 * that field's data; calling the record's own accessor (patientName()) reads the component.
 */
public record SampleLabel( // EXPECT: tostring-leak
        String barcode,
        @PersonalData(category = Category.IDENTITY, purposes = "diagnostics", retention = "P1Y", legalBasis = LegalBasis.CONTRACT) String patientName) {

    @Override
    public String toString() {
        return "SampleLabel[" + barcode() + ", " + patientName() + "]";
    }
}
