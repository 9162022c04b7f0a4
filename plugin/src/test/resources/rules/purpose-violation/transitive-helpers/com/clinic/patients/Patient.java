package com.clinic.patients;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A patient of the clinic. */
public class Patient {
    private String pseudonym;

    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String name;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = {"treatment", "research"}, retention = "P10Y",
            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private String diagnosis;

    @PersonalData(category = Category.DEMOGRAPHIC, purposes = {"treatment", "research"}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private int birthYear;

    public String getPseudonym() {
        return pseudonym;
    }

    public String getName() {
        return name;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public int getBirthYear() {
        return birthYear;
    }
}
