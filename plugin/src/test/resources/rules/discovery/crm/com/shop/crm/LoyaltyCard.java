package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Declared at type level: every instance is personal data already, so its fields are tracked through it. */
@PersonalData(category = Category.BEHAVIORAL, purposes = "loyalty", retention = "P2Y")
public class LoyaltyCard {
    private String cardNumber; // clean: inside a declared type
    private String holderName; // clean: inside a declared type
    private int points;

    /** A nested type of a declared type is not declared itself. */
    public static class Owner {
        private String email; // EXPECT: unannotated-personal-data
    }
}
