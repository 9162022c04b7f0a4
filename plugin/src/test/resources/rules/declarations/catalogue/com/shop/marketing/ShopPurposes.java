package com.shop.marketing;

/** The purpose constants; the catalogue configured for the analysis lists the same strings. */
public final class ShopPurposes {
    public static final String BILLING = "billing";
    public static final String NEWSLETTER = "newsletter";
    public static final String MARKETING = "marketing";

    private ShopPurposes() {
    }
}
