package com.clinic.wards;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** What the emergency team records. The type gives legal basis and condition to its members. */
@Sensitive(category = SpecialCategory.HEALTH, purposes = "emergency-care", retention = "P10Y", legalBasis = LegalBasis.VITAL_INTERESTS, condition = Article9Condition.VITAL_INTERESTS)
public class EmergencyRecord { // clean: complete

    @Sensitive(category = SpecialCategory.HEALTH)
    private String bloodType; // clean: inherits legal basis and condition

    @PersonalData(category = Category.CONTACT)
    private String nextOfKin; // clean: inherits purposes and retention
}
