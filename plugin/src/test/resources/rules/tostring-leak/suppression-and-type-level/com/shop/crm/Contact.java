package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** Suppressing a different rule does not suppress tostring-leak. */
@SuppressWarnings("pdguard:log-leak")
public record Contact( // EXPECT: tostring-leak
        String contactId,
        @PersonalData(category = Category.IDENTITY, purposes = "sales", retention = "P1Y", legalBasis = LegalBasis.LEGITIMATE_INTERESTS) String name) {
}
