package com.clinic.portal;

/** A mail could not be delivered. */
public class MailBounceException extends Exception {
    public MailBounceException(String message) {
        super(message);
    }
}
