package com.shop.loyalty;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A loyalty programme member. */
public class Member {
    private long memberId;

    @PersonalData(category = Category.IDENTITY, purposes = "loyalty", retention = "P3Y", legalBasis = LegalBasis.CONSENT)
    private String displayName;

    @PersonalData(category = Category.CONTACT, purposes = "loyalty", retention = "P3Y", legalBasis = LegalBasis.CONSENT)
    private String mobile;

    public long getMemberId() {
        return memberId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getMobile() {
        return mobile;
    }
}
