package com.clinic.stats;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A hospital admission. */
public class Admission {
    private String admissionId;

    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String patientName;

    public String getAdmissionId() {
        return admissionId;
    }

    public String getPatientName() {
        return patientName;
    }
}
