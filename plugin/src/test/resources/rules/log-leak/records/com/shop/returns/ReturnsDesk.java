package com.shop.returns;

import java.util.logging.Logger;

/** Accepts returns. Record accessors of declared components are sources. */
public class ReturnsDesk {
    private static final Logger LOG = Logger.getLogger(ReturnsDesk.class.getName());

    public void accept(ReturnRequest request, ParcelLabel label, Carrier carrier) {
        LOG.info("return " + request); // EXPECT: log-leak
        LOG.info("pickup at " + request.pickupAddress()); // EXPECT: log-leak
        LOG.info("refund to " + request.refundIban()); // EXPECT: log-leak
        LOG.info("return " + request.rmaNumber() + " with " + request.items() + " items"); // clean
        LOG.info("label " + label); // clean: overridden toString without the address
        LOG.info("sender " + label.senderAddress()); // EXPECT: log-leak
        LOG.info("carrier " + carrier); // clean: no declared components
        LOG.info("carrier hub " + carrier.hub()); // clean
    }
}
