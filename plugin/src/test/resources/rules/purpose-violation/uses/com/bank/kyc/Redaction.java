package com.bank.kyc;

import io.github.pdguard.annotations.Redacts;

/** Masks values for display. */
final class Redaction {
    private Redaction() {
    }

    @Redacts
    static String lastThree(String value) {
        return "***" + value.substring(value.length() - 3);
    }
}
