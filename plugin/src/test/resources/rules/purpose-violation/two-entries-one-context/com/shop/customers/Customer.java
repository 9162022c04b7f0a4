package com.shop.customers;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A customer of the shop. */
public class Customer {
    @PersonalData(category = Category.CONTACT, purposes = "order-fulfilment", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @PersonalData(category = Category.IDENTITY, purposes = "order-fulfilment", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String name;

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }
}
