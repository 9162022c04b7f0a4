package com.clinic.lab;

/** The label printed on a sample tube. */
public class SampleLabel {

    @io.github.pdguard.annotations.PersonalData(category = io.github.pdguard.annotations.Category.IDENTITY)
    private String patientName; // EXPECT: missing-retention, missing-purpose

    @io.github.pdguard.annotations.Sensitive(category = io.github.pdguard.annotations.SpecialCategory.HEALTH, purposes = "treatment",
            retention = "P30D", legalBasis = io.github.pdguard.annotations.LegalBasis.CONTRACT)
    private String testCode; // EXPECT: missing-legal-basis

    @java.lang.Deprecated
    private String barcode; // clean: another fully qualified annotation

    public String getBarcode() {
        return barcode;
    }
}
