package com.bank.cards;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A chargeback; toString calls a private helper that reads the declared field. */
public class Chargeback { // EXPECT: tostring-leak
    private String caseNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "disputes", retention = "P3Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String disputedBy;

    @Override
    public String toString() {
        return "Chargeback " + caseNumber + " " + party();
    }

    private String party() {
        return "by " + disputedBy;
    }
}
