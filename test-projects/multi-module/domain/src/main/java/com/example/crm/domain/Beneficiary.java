package com.example.crm.domain;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/**
 * Who receives the benefit of a life policy. Every beneficiary is personal data; the type-level
 * declaration gives the annotated fields their purposes, retention and legal basis.
 */
@PersonalData(category = Category.IDENTITY, purposes = Purposes.CLAIMS, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
public class Beneficiary {

    private final String policyNumber;

    @PersonalData(category = Category.IDENTITY)
    private final String name;

    @PersonalData(category = Category.FINANCIAL)
    private final String iban;

    private final int sharePercent;

    public Beneficiary(String policyNumber, String name, String iban, int sharePercent) {
        this.policyNumber = policyNumber;
        this.name = name;
        this.iban = iban;
        this.sharePercent = sharePercent;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public String getName() {
        return name;
    }

    public String getIban() {
        return iban;
    }

    public int getSharePercent() {
        return sharePercent;
    }
}
