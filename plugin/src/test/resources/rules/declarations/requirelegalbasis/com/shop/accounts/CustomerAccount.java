package com.shop.accounts;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A shop account. Analysed with requireLegalBasis on: @PersonalData needs a legal basis too. */
public class CustomerAccount {

    @PersonalData(category = Category.CONTACT, purposes = "account-management", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String email; // clean: has a legal basis

    @PersonalData(category = Category.IDENTITY, purposes = "account-management", retention = "P3Y")
    private String displayName; // EXPECT: missing-legal-basis

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "prescriptions", retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private String chronicCondition; // clean: both given

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "prescriptions", retention = "P10Y", condition = Article9Condition.EXPLICIT_CONSENT)
    private String pregnancyStatus; // EXPECT: missing-legal-basis

    public void rename(@PersonalData(category = Category.IDENTITY) String newName) { // clean: parameters are exempt
        this.displayName = newName;
    }
}
