package com.clinic.records;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A blood type: every value of this type read from a patient is health data. */
@Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
        legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
public enum BloodType {
    A_POS, A_NEG, B_POS, B_NEG, AB_POS, AB_NEG, ZERO_POS, ZERO_NEG
}
