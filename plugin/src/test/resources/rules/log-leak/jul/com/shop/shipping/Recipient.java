package com.shop.shipping;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** The person a parcel is delivered to. */
public record Recipient(
        @PersonalData(category = Category.IDENTITY, purposes = "delivery", retention = "P6M") String name,
        @PersonalData(category = Category.CONTACT, purposes = "delivery", retention = "P6M") String street,
        String postcode) {

    @Override
    public String toString() {
        return "Recipient[postcode=" + postcode + "]";
    }
}
