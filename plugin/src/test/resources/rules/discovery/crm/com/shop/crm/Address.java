package com.shop.crm;

/** A postal address: its parts are contact data wherever it is used. */
public record Address(
        String street, // EXPECT: unannotated-personal-data
        String houseNumber, // EXPECT: unannotated-personal-data
        String zip, // EXPECT: unannotated-personal-data
        String city, // EXPECT: unannotated-personal-data
        String countryCode) { // clean: a country alone identifies nobody
}
