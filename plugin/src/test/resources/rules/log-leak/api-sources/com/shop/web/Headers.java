package com.shop.web;

/** Header names used across the web layer. */
public final class Headers {
    public static final String USER_AGENT = "User-Agent";
    public static final String FORWARDED_FOR = "x-forwarded-for";
    public static final String CORRELATION_ID = "X-Correlation-Id";

    private Headers() {
    }
}
