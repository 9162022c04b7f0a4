package com.shop.crm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs CRM objects: a suppressed tostring-leak does not make logging the object safe. */
public class SalesReport {
    private static final Logger LOG = LoggerFactory.getLogger(SalesReport.class);

    public void report(Lead lead, Prospect prospect, Visitor visitor) {
        LOG.info("new lead {}", lead); // EXPECT: log-leak
        LOG.info("new prospect {}", prospect); // EXPECT: log-leak
        LOG.info("visitor {}", visitor); // EXPECT: log-leak
        LOG.info("lead {}", lead.getLeadId()); // clean
    }
}
