package com.shop.reports;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A newsletter subscriber. */
public class Subscriber {
    private long id;

    @PersonalData(category = Category.CONTACT, purposes = "newsletter", retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    @PersonalData(category = Category.BEHAVIORAL, purposes = "newsletter", retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String interests;

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getInterests() {
        return interests;
    }
}
