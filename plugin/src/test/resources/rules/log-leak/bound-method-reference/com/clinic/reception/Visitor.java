package com.clinic.reception;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A visitor signing in at reception. */
public class Visitor {
    private String badgeNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "site-security", retention = "P30D", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
    private String name;

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public String getName() {
        return name;
    }
}
