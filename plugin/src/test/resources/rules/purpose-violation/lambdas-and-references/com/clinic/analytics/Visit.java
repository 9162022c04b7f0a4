package com.clinic.analytics;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A visit to the clinic. */
public record Visit(
        String visitId,
        @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String patientName,
        @Sensitive(category = SpecialCategory.HEALTH, purposes = {"treatment", "statistics"}, retention = "P10Y",
                legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.PUBLIC_HEALTH) String icdCode,
        @PersonalData(category = Category.LOCATION, purposes = {"treatment", "statistics"}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String postcode) {

    @Override
    public String toString() {
        return "Visit[" + visitId + "]";
    }
}
