package com.clinic;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Base of patients and staff; its toString() shows the declared name. */
public abstract class Person { // EXPECT: tostring-leak
    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y")
    protected String fullName;
    protected String personId;

    @Override
    public String toString() {
        return personId + " " + fullName;
    }
}
