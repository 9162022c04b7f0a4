package com.shop.legacy;

/** Uses the in-house annotation of its own package, without an import. */
@PersonalData
public class OldCustomer { // clean: com.shop.legacy.PersonalData

    @PersonalData
    private String name; // clean: same-package annotation, not pdguard's
}
