package com.bank.legacy;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A current account in the legacy core-banking module. */
public class Account {
    private final String accountId;

    @PersonalData(category = Category.FINANCIAL, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String iban;

    @PersonalData(category = Category.IDENTITY, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String holder;

    public Account(String accountId, String iban, String holder) {
        this.accountId = accountId;
        this.iban = iban;
        this.holder = holder;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getIban() {
        return iban;
    }

    public String getHolder() {
        return holder;
    }
}
