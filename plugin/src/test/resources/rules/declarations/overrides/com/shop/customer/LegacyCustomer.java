package com.shop.customer;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Imported from the old shop. Its type-level retention is written in words. */
@PersonalData(category = Category.IDENTITY, purposes = "account-management", retention = "three years")
public class LegacyCustomer { // EXPECT: invalid-declaration

    @PersonalData(category = Category.IDENTITY)
    private String name; // clean: inherits the invalid retention, which is reported once, at the type

    @PersonalData(category = Category.CONTACT, retention = "P1Y")
    private String email; // clean: own valid retention

    @PersonalData(category = Category.CONTACT, purposes = {})
    private String phone; // clean: empty purposes inherit; retention inherited (invalid, reported at the type)

    private long legacyId; // clean: not annotated

    public String getName() {
        return name;
    }
}
