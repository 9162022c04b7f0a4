package com.bank.support;

import io.github.pdguard.annotations.Redacts;

/** Masks values for logs. */
public final class Masking {
    private Masking() {
    }

    @Redacts
    public static String lastFour(String value) {
        return value == null || value.length() < 4 ? "****" : "****" + value.substring(value.length() - 4);
    }

    @Redacts
    public static String hash(String value) {
        return Integer.toHexString(value.hashCode());
    }

    /** Not annotated: looks like masking, but pdguard cannot know, and it returns most of the value. */
    public static String dropCountry(String value) {
        return value.substring(2);
    }
}
