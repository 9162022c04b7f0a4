package com.shop.accounts;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** What a customer likes to buy. The type-level declaration has no legal basis. */
@PersonalData(category = Category.BEHAVIORAL, purposes = "personalised-offers", retention = "P1Y")
public class ShoppingPreferences { // EXPECT: missing-legal-basis

    @PersonalData(category = Category.BEHAVIORAL)
    private String favouriteCategory; // EXPECT: missing-legal-basis

    @PersonalData(category = Category.BEHAVIORAL, legalBasis = LegalBasis.CONSENT)
    private String preferredBrand; // clean: own legal basis
}
