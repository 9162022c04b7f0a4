package com.shop.orders;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A buyer. */
public class Buyer {
    private long buyerId;

    @PersonalData(category = Category.FINANCIAL, purposes = "billing", retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String iban;

    @PersonalData(category = Category.CONTACT, purposes = {"billing", "marketing"}, retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    public long getBuyerId() {
        return buyerId;
    }

    public String getIban() {
        return iban;
    }

    public String getEmail() {
        return email;
    }
}
