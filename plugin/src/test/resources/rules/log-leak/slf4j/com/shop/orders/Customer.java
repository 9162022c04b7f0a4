package com.shop.orders;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A registered shop customer. */
public class Customer {
    private final long id;

    @PersonalData(category = Category.IDENTITY, purposes = "order-fulfilment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String fullName;

    @PersonalData(category = Category.CONTACT, purposes = {"order-fulfilment", "newsletter"}, retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private final String email;

    private final String loyaltyTier;

    public Customer(long id, String fullName, String email, String loyaltyTier) {
        this.id = id;
        this.fullName = fullName;
        this.email = email;
        this.loyaltyTier = loyaltyTier;
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getLoyaltyTier() {
        return loyaltyTier;
    }
}
