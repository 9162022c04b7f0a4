package com.shop.batch;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** An invoice in the nightly export. */
public class Invoice {
    private String number;

    @PersonalData(category = Category.CONTACT, purposes = "invoicing", retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String billingAddress;

    public String getNumber() {
        return number;
    }

    public String getBillingAddress() {
        return billingAddress;
    }
}
