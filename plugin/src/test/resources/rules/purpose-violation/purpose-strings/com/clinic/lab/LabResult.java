package com.clinic.lab;

import com.clinic.common.Purposes;
import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A lab result; purposes given as constants, constant expressions and literals. */
public class LabResult {
    @Sensitive(category = SpecialCategory.HEALTH, purposes = {Purposes.TREATMENT, Purposes.RESEARCH}, retention = "P10Y",
            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private String value;

    @PersonalData(category = Category.FINANCIAL, purposes = Purposes.LAB_BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String insuranceNumber;

    @PersonalData(category = Category.IDENTITY, purposes = {"treatment", "quality-assurance", "lab-billing"}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String orderingDoctor;

    public String getValue() {
        return value;
    }

    public String getInsuranceNumber() {
        return insuranceNumber;
    }

    public String getOrderingDoctor() {
        return orderingDoctor;
    }
}
