package com.shop.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Overloads with the same number of parameters: a call reaches the overload its argument types select. */
public final class ActivityLog {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);

    private ActivityLog() {
    }

    public static void record(String detail) {
        LOG.info("activity: {}", detail); // EXPECT: log-leak
    }

    public static void record(long shopperId) {
        LOG.info("activity of shopper #{}", shopperId); // clean: only ever given ids
    }

    public static void record(Shopper shopper) {
        LOG.info("activity of shopper #{}", shopper.getShopperId()); // clean
    }
}
