package com.example.rental.common;

import io.github.pdguard.annotations.Redacts;

/** Masks values before they are shown or logged. */
public final class Masking {
    private Masking() {
    }

    /** {@code **** **** **** 4242}. */
    @Redacts
    public static String cardNumber(String cardNumber) {
        if (cardNumber == null || cardNumber.length() < 4) {
            return "****";
        }
        return "**** **** **** " + cardNumber.substring(cardNumber.length() - 4);
    }

    /** {@code j***@example.com}. */
    @Redacts
    public static String email(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at < 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
