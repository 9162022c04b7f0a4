package com.example.helpdesk.payment;

/** A customer's SEPA direct-debit mandate. */
public class PaymentDetails {
    private final long customerId;
    private final String accountHolder;
    private final String iban;
    private final String bic;
    private final String mandateReference;

    public PaymentDetails(long customerId, String accountHolder, String iban, String bic, String mandateReference) {
        this.customerId = customerId;
        this.accountHolder = accountHolder;
        this.iban = iban;
        this.bic = bic;
        this.mandateReference = mandateReference;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public String getIban() {
        return iban;
    }

    public String getBic() {
        return bic;
    }

    public String getMandateReference() {
        return mandateReference;
    }
}
