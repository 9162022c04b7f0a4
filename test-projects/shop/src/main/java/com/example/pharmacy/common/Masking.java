package com.example.pharmacy.common;

import io.github.pdguard.annotations.Redacts;

/** Masks values before they are shown in logs or in the back office. */
public final class Masking {

    private Masking() {
    }

    /** {@code jane.doe@example.org} becomes {@code j***@example.org}. */
    @Redacts
    public static String maskEmail(String value) {
        if (value == null || value.indexOf('@') < 1) {
            return "***";
        }
        return value.charAt(0) + "***" + value.substring(value.indexOf('@'));
    }

    /** Keeps the country code and the last four characters: {@code DE** **** 1234}. */
    @Redacts
    public static String maskIban(String value) {
        if (value == null || value.length() < 8) {
            return "****";
        }
        String compact = value.replace(" ", "");
        return compact.substring(0, 2) + "** **** " + compact.substring(compact.length() - 4);
    }
}
