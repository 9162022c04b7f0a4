package com.shop.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Keyed hashing of identifiers, configured as a sanitizer (com.shop.audit.Pseudonyms#of). */
public final class Pseudonyms {
    private static final String PEPPER = "shop-2024";

    private Pseudonyms() {
    }

    public static String of(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((PEPPER + value).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    public static String prefix(String value) {
        return value.substring(0, 3);
    }
}
