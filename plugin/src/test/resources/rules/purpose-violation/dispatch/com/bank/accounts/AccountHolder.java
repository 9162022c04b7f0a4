package com.bank.accounts;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** The holder of a bank account. */
public class AccountHolder {
    private String customerId;

    @PersonalData(category = Category.CONTACT, purposes = "account-service", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String mobile;

    @PersonalData(category = Category.CONTACT, purposes = {"account-service", "marketing"}, retention = "P10Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    public String getCustomerId() {
        return customerId;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }
}
