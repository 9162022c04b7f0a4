package com.shop.common;

/** The processing purposes of the shop. */
public final class Purposes {
    public static final String BILLING = "billing";

    private Purposes() {
    }
}
