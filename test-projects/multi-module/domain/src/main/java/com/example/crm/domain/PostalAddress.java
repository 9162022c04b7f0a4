package com.example.crm.domain;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A postal address; the country alone does not identify anybody. */
public record PostalAddress(
        @PersonalData(category = Category.CONTACT, purposes = {Purposes.CONTRACT, Purposes.CLAIMS}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
        String street,
        @PersonalData(category = Category.CONTACT, purposes = {Purposes.CONTRACT, Purposes.CLAIMS}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
        String postalCode,
        @PersonalData(category = {Category.CONTACT, Category.LOCATION}, purposes = {Purposes.CONTRACT, Purposes.CLAIMS, Purposes.UNDERWRITING}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
        String city,
        String countryCode) {

    @Override
    public String toString() {
        return "PostalAddress[countryCode=" + countryCode + "]";
    }
}
