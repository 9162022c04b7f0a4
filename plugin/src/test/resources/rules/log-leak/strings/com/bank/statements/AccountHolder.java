package com.bank.statements;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** The holder of a bank account, as the statement printer sees it. */
public record AccountHolder(
        String customerNumber,
        @PersonalData(category = Category.IDENTITY, purposes = "statements", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String name,
        @PersonalData(category = Category.FINANCIAL, purposes = "statements", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String iban,
        @PersonalData(category = Category.CONTACT, purposes = "statements", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String postalAddress) {

    @Override
    public String toString() {
        return "AccountHolder#" + customerNumber;
    }
}
