package com.bank.payments;

/** The base of the payment module's exceptions. */
public class PaymentException extends RuntimeException {
    private final String payeeReference;

    public PaymentException(String message) {
        this(message, null);
    }

    public PaymentException(String message, String payeeReference) {
        super(message);
        this.payeeReference = payeeReference;
    }

    public String getPayeeReference() {
        return payeeReference;
    }
}
