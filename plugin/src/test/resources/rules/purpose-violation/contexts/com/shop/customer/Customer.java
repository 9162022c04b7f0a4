package com.shop.customer;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDate;

/** A shop customer; each declared field names the purposes it may be used for. */
public class Customer {
    private long id;

    @PersonalData(category = Category.CONTACT, purposes = {"fulfilment", "newsletter"}, retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @PersonalData(category = Category.CONTACT, purposes = "fulfilment", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String shippingAddress;

    @PersonalData(category = Category.IDENTITY, purposes = "age-verification", retention = "P2Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private LocalDate dateOfBirth;

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }
}
