package com.clinic.patients;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Health-insurance details. The type-level declaration sets a retention but forgets the purposes. */
@PersonalData(category = Category.FINANCIAL, retention = "P10Y")
public class Insurance { // EXPECT: missing-purpose

    @PersonalData(category = Category.GOVERNMENT_ID)
    private final String insuranceNumber; // EXPECT: missing-purpose

    @PersonalData(category = Category.OTHER, purposes = "billing")
    private final String insurerName; // clean: own purposes, retention inherited from Insurance

    private final boolean privatelyInsured; // clean: not annotated

    public Insurance(String insuranceNumber, String insurerName, boolean privatelyInsured) {
        this.insuranceNumber = insuranceNumber;
        this.insurerName = insurerName;
        this.privatelyInsured = privatelyInsured;
    }

    public String getInsurerName() {
        return insurerName;
    }

    public boolean isPrivatelyInsured() {
        return privatelyInsured;
    }
}
