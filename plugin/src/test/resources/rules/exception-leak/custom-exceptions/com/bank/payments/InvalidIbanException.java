package com.bank.payments;

/** A subclass of a custom exception: still a Throwable. */
public class InvalidIbanException extends PaymentException {
    public InvalidIbanException(String message) {
        super(message);
    }
}
