package com.hr.recruiting;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Getter;

/** A job offer; only the salary field has a Lombok getter. */
public class Offer {
    private String offerId;

    @Getter
    @PersonalData(category = Category.FINANCIAL, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONTRACT)
    private long salary;

    public String getOfferId() {
        return offerId;
    }
}
