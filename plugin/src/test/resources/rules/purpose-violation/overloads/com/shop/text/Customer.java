package com.shop.text;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A customer. */
public class Customer {
    @PersonalData(category = Category.CONTACT, purposes = "billing", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String billingAddress;

    public String getBillingAddress() {
        return billingAddress;
    }
}
