package com.shop.accounts;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A shop account. */
public class Account {
    private long id;

    @PersonalData(category = Category.CONTACT, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @PersonalData(category = Category.IDENTITY, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String username;

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getUsername() {
        return username;
    }
}
