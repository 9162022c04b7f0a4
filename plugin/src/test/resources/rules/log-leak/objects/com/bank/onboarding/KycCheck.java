package com.bank.onboarding;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A know-your-customer check. Declares personal data but keeps Object's toString. */
public class KycCheck {
    private String checkId;

    @PersonalData(category = Category.GOVERNMENT_ID, purposes = "onboarding", retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String passportNumber;

    public String getCheckId() {
        return checkId;
    }

    public String getPassportNumber() {
        return passportNumber;
    }
}
