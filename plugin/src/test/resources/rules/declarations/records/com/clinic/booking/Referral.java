package com.clinic.booking;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A referral from a general practitioner. The record itself is not annotated: no defaults. */
public record Referral(
        long id,
        @PersonalData(category = Category.IDENTITY, purposes = "treatment") String patientName, // EXPECT: missing-retention
        @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE) String diagnosis, // clean: complete
        @PersonalData(category = Category.CONTACT) String practicePhone, // EXPECT: missing-retention, missing-purpose
        String referringPractice) { // clean: not annotated
}
