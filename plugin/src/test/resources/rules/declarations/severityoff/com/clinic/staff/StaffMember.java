package com.clinic.staff;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** A member of staff. Analysed with missing-retention=off and missing-purpose=warning. */
public class StaffMember {

    @PersonalData(category = Category.IDENTITY, purposes = "staffing")
    private String name; // clean: missing-retention is off

    @PersonalData(category = Category.CONTACT, retention = "P1Y")
    private String pagerNumber; // EXPECT: missing-purpose

    @PersonalData(category = Category.CONTACT)
    private String homePhone; // EXPECT: missing-purpose

    @PersonalData(category = Category.CONTACT, purposes = "staffing", retention = "1 year")
    private String emergencyPhone; // EXPECT: invalid-declaration
}
