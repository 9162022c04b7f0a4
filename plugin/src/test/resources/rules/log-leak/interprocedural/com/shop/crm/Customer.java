package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A customer in the CRM. */
public class Customer {
    private final long id;

    @PersonalData(category = Category.IDENTITY, purposes = "customer-care", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private final String name;

    @PersonalData(category = Category.CONTACT, purposes = "customer-care", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private final String email;

    private final String segment;

    public Customer(long id, String name, String email, String segment) {
        this.id = id;
        this.name = name;
        this.email = email;
        this.segment = segment;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getSegment() {
        return segment;
    }
}
