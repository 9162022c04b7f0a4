package com.example.pharmacy.customer;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A delivery address. The record-level declaration gives the defaults of its components. */
@PersonalData(category = Category.CONTACT, purposes = {Purposes.ACCOUNT, Purposes.ORDER_FULFILMENT}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
public record PostalAddress(
        @PersonalData(category = Category.CONTACT) String street,
        @PersonalData(category = Category.CONTACT) String postalCode,
        @PersonalData(category = Category.CONTACT) String city,
        String countryCode) {

    @Override
    public String toString() {
        return "PostalAddress[country=" + countryCode + "]";
    }
}
