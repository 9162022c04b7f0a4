package com.example.rental.payment;

/** The card processor declined a charge. */
public class PaymentDeclinedException extends RuntimeException {
    public PaymentDeclinedException(String message) {
        super(message);
    }
}
