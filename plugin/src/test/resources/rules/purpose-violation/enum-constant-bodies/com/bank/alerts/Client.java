package com.bank.alerts;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A bank client. */
public class Client {
    @PersonalData(category = Category.CONTACT, purposes = "fraud-prevention", retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String mobile;

    @PersonalData(category = Category.CONTACT, purposes = {"fraud-prevention", "marketing"}, retention = "P5Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }
}
