package com.bank.onboarding;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A person opening an account: declared at type level, so every instance is personal data. */
@PersonalData(category = Category.IDENTITY, purposes = "onboarding", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
public class Applicant {
    private String applicationNumber;
    private String branch;

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public String getBranch() {
        return branch;
    }
}
