package com.shop.batch;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SPEC 3.2: java.util.logging.Logger is a sink however the logger is obtained; the global and
 * anonymous loggers are java.util.logging.Logger instances like getLogger's.
 */
public class InvoiceExport {
    public void export(Invoice invoice) {
        Logger.getLogger("export").info("exporting " + invoice.getBillingAddress()); // EXPECT: log-leak
        Logger.getGlobal().info("exporting " + invoice.getBillingAddress()); // EXPECT: log-leak
        Logger.getAnonymousLogger().log(Level.INFO, "exporting {0}", invoice.getBillingAddress()); // EXPECT: log-leak
        Logger.getGlobal().info("exporting " + invoice.getNumber()); // clean
    }
}
