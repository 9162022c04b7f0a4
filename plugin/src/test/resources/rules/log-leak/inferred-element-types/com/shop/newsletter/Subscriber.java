package com.shop.newsletter;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A newsletter subscriber. */
public class Subscriber {
    private String subscriberId;

    @PersonalData(category = Category.CONTACT, purposes = "newsletter", retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    public String getSubscriberId() {
        return subscriberId;
    }

    public String getEmail() {
        return email;
    }
}
