package com.clinic.triage;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A patient arriving at the emergency room. */
public class Arrival {
    private String arrivalId;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
            legalBasis = LegalBasis.VITAL_INTERESTS, condition = Article9Condition.VITAL_INTERESTS)
    private String symptoms;

    public String getArrivalId() {
        return arrivalId;
    }

    public String getSymptoms() {
        return symptoms;
    }
}
