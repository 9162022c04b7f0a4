package com.example.library;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A registered member of the public library. */
public class Member {

    private final long id;

    @PersonalData(category = Category.IDENTITY, purposes = "lending", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private final String name;

    // Written in words instead of ISO-8601 (P2Y).
    @PersonalData(category = Category.CONTACT, purposes = "lending", retention = "2 years", legalBasis = LegalBasis.CONTRACT)
    private final String email;

    public Member(long id, String name, String email) {
        this.id = id;
        this.name = name;
        this.email = email;
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
}
