package com.clinic.imports;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A referral letter imported from a GP's system. */
public record Referral(
        String referralId,
        @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String patientName,
        @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
                legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE) String reason) {

    @Override
    public String toString() {
        return "Referral[" + referralId + "]";
    }
}
