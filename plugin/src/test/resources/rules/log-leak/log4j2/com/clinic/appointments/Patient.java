package com.clinic.appointments;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A patient of the clinic. */
public class Patient {
    private final String patientNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String name;

    @PersonalData(category = Category.CONTACT, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String phone;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private final String diagnosis;

    public Patient(String patientNumber, String name, String phone, String diagnosis) {
        this.patientNumber = patientNumber;
        this.name = name;
        this.phone = phone;
        this.diagnosis = diagnosis;
    }

    public String getPatientNumber() {
        return patientNumber;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getDiagnosis() {
        return diagnosis;
    }
}
