package com.shop.common;

import com.shop.crm.Customer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A helper that logs what it is given: the sink is reported here, once, however many callers pass personal data. */
public final class AuditHelper {
    private static final Logger LOG = LoggerFactory.getLogger(AuditHelper.class);

    private AuditHelper() {
    }

    public static void note(String action, String subject) {
        LOG.info("{}: {}", action, subject); // EXPECT: log-leak
    }

    public static void noteCustomer(Customer customer) {
        note("customer", customer.getName());
    }

    public static void noteCount(String action, int count) {
        LOG.info("{}: {} items", action, count); // clean: every caller passes counts
    }
}
