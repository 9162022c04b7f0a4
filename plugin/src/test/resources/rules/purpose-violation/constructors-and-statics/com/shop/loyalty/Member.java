package com.shop.loyalty;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A loyalty member. */
public class Member {
    private long memberId;

    @PersonalData(category = Category.BEHAVIORAL, purposes = "loyalty", retention = "P3Y", legalBasis = LegalBasis.CONSENT)
    private String purchaseHistory;

    @PersonalData(category = Category.IDENTITY, purposes = {"loyalty", "marketing"}, retention = "P3Y", legalBasis = LegalBasis.CONSENT)
    private String firstName;

    public long getMemberId() {
        return memberId;
    }

    public String getPurchaseHistory() {
        return purchaseHistory;
    }

    public String getFirstName() {
        return firstName;
    }
}
