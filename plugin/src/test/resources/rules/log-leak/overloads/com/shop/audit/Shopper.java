package com.shop.audit;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A shopper. */
public class Shopper {
    private long shopperId;

    @PersonalData(category = Category.CONTACT, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    public long getShopperId() {
        return shopperId;
    }

    public String getEmail() {
        return email;
    }
}
