package com.example.greeting;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** Greets a signed-in visitor by first name. */
public class Greeter {

    @PersonalData(category = Category.IDENTITY, purposes = "personalisation", retention = "P0D", legalBasis = LegalBasis.CONSENT)
    private final String firstName;

    public Greeter(String firstName) {
        this.firstName = firstName;
    }

    public String greeting() {
        return "Welcome back, " + firstName + "!";
    }
}
