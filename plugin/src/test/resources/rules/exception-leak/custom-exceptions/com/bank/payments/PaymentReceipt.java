package com.bank.payments;

/** Not a Throwable: building one from personal data is no exception-leak. */
public class PaymentReceipt {
    private final String text;

    public PaymentReceipt(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
