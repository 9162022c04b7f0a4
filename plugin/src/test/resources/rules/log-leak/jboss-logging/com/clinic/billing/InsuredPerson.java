package com.clinic.billing;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A person insured with a health insurer. */
public class InsuredPerson {
    private String insurer;

    @PersonalData(category = Category.GOVERNMENT_ID, purposes = "billing", retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String insuranceNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "billing", retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String name;

    public String getInsurer() {
        return insurer;
    }

    public String getInsuranceNumber() {
        return insuranceNumber;
    }

    public String getName() {
        return name;
    }
}
