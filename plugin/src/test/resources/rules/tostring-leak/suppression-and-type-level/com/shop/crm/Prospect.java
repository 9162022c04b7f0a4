package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** Suppressing everything pdguard reports on the type. */
@SuppressWarnings({"unchecked", "pdguard"})
public record Prospect( // clean: all pdguard rules suppressed
        String prospectId,
        @PersonalData(category = Category.CONTACT, purposes = "sales", retention = "P1Y", legalBasis = LegalBasis.LEGITIMATE_INTERESTS) String phone) {
}
