package com.shop.common;

/** The processing purposes of the shop, as listed in the records of processing. */
public final class Purposes {

    public static final String BILLING = "billing";

    public static final String NEWSLETTER = "newsletter";

    public static final String MARKETING_PREFIX = "marketing-";

    public static final String MARKETING_EMAIL = MARKETING_PREFIX + "email";

    // Someone forgot 'final': not a compile-time constant.
    public static String DEFAULT_PURPOSE = "billing";

    /** Purposes of the marketing department. */
    public static final class Marketing {
        public static final String CAMPAIGNS = MARKETING_PREFIX + "campaigns";

        private Marketing() {
        }
    }

    private Purposes() {
    }

    public static String forChannel(String channel) {
        return MARKETING_PREFIX + channel;
    }
}
