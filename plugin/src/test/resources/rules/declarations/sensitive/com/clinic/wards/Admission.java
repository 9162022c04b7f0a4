package com.clinic.wards;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A hospital admission. @Sensitive data needs a legal basis (Art. 6) and a condition (Art. 9(2)). */
public class Admission {

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private String diagnosis; // clean: legal basis and condition

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String medication; // EXPECT: missing-legal-basis

    @Sensitive(category = SpecialCategory.RELIGIOUS_OR_PHILOSOPHICAL_BELIEF, purposes = "catering", retention = "P30D", condition = Article9Condition.EXPLICIT_CONSENT)
    private String dietaryRestriction; // EXPECT: missing-legal-basis

    // Neither legal basis nor condition: still one finding for the element.
    @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y")
    private String allergies; // EXPECT: missing-legal-basis

    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y")
    private String ward; // clean: @PersonalData needs no legal basis unless requireLegalBasis is on

    public void admit(@Sensitive(category = SpecialCategory.HEALTH) String triageNote) { // clean: parameters are values in transit
        this.diagnosis = triageNote;
    }

    @Sensitive(category = SpecialCategory.HEALTH)
    public String currentDiagnosis() { // clean: methods are values in transit
        return diagnosis;
    }
}
