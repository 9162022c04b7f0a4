package com.bank.common;

import io.github.pdguard.annotations.Redacts;

/** Masking for display. */
public final class Mask {
    private Mask() {
    }

    @Redacts
    public static String pan(String cardNumber) {
        return "**** **** **** " + cardNumber.substring(cardNumber.length() - 4);
    }
}
