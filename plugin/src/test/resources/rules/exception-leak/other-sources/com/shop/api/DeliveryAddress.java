package com.shop.api;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A delivery address: declared at type level, so every instance is personal data. */
@PersonalData(category = Category.CONTACT, purposes = "delivery", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
public class DeliveryAddress {
    private String street;
    private String city;
    private String countryCode;

    public String getCountryCode() {
        return countryCode;
    }
}
