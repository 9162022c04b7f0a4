package com.example.pharmacy.payment;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A SEPA direct-debit mandate of a customer. */
public class PaymentMethod {

    private final long id;
    private final long customerId;

    @PersonalData(category = Category.FINANCIAL, purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private final String iban;

    // Written in plain English instead of ISO-8601.
    @PersonalData(category = Category.IDENTITY, purposes = Purposes.BILLING, retention = "2 years", legalBasis = LegalBasis.CONTRACT)
    private final String accountHolder;

    private final String mandateReference;

    public PaymentMethod(long id, long customerId, String account, String holder, String mandateReference) {
        this.id = id;
        this.customerId = customerId;
        this.iban = account;
        this.accountHolder = holder;
        this.mandateReference = mandateReference;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getIban() {
        return iban;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public String getMandateReference() {
        return mandateReference;
    }
}
