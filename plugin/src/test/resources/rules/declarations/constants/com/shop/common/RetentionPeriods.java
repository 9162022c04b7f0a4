package com.shop.common;

/** Retention periods agreed with the data-protection officer. Interface fields are constants. */
public interface RetentionPeriods {
    String TAX_RECORDS = "P10Y";

    String SHORT_LIVED = "P" + 30 + "D";

    String UNTIL_UNSUBSCRIBED = "P2Y";
}
