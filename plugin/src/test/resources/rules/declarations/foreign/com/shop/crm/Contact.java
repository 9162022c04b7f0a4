package com.shop.crm;

import com.acme.privacy.PersonalData;
import io.github.pdguard.annotations.*;

/** Imports pdguard's package on demand, but the single-type import of the vendor's PersonalData wins. */
public class Contact {

    @PersonalData("contact name")
    private String name; // clean: the single-type import shadows the on-demand import

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "customer-support", retention = "P1Y", legalBasis = LegalBasis.CONSENT)
    private String accessibilityNeeds; // EXPECT: missing-legal-basis
}
