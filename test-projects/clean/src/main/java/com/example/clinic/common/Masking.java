package com.example.clinic.common;

import io.github.pdguard.annotations.Redacts;

/** Masks identifiers before they appear in logs. */
public final class Masking {

    private Masking() {
    }

    /** {@code A123456789} becomes {@code A******789}. */
    @Redacts
    public static String maskInsuranceNumber(String value) {
        if (value == null || value.length() < 4) {
            return "****";
        }
        return value.charAt(0) + "*".repeat(value.length() - 4) + value.substring(value.length() - 3);
    }

    /** {@code max@example.org} becomes {@code m***@example.org}. */
    @Redacts
    public static String maskEmail(String value) {
        if (value == null || value.indexOf('@') < 1) {
            return "***";
        }
        return value.charAt(0) + "***" + value.substring(value.indexOf('@'));
    }
}
