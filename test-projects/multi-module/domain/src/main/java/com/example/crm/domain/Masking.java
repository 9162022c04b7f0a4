package com.example.crm.domain;

import io.github.pdguard.annotations.Redacts;

/** Masks personal data before it is shown in logs or to the call centre. */
public final class Masking {

    private Masking() {
    }

    /** {@code jane.doe@example.org} becomes {@code j***@example.org}. */
    @Redacts
    public static String maskEmail(String email) {
        if (email == null || email.indexOf('@') < 1) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(email.indexOf('@'));
    }

    /** Keeps the country code and the last four characters: {@code DE** **** 1234}. */
    @Redacts
    public static String maskIban(String iban) {
        if (iban == null || iban.length() < 8) {
            return "****";
        }
        String compact = iban.replace(" ", "");
        return compact.substring(0, 2) + "** **** " + compact.substring(compact.length() - 4);
    }
}
