package com.bank.payments;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** The receiver of a payment. */
public class Payee {
    private String payeeId;

    @PersonalData(category = Category.FINANCIAL, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String iban;

    @PersonalData(category = Category.IDENTITY, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String name;

    @PersonalData(category = Category.FINANCIAL, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private int creditScore;

    public String getPayeeId() {
        return payeeId;
    }

    public String getIban() {
        return iban;
    }

    public String getName() {
        return name;
    }

    public int getCreditScore() {
        return creditScore;
    }
}
