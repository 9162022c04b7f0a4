package com.shop.shipping;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Follows parcels; logs through java.util.logging. */
public class DeliveryTracker {
    private static final Logger LOGGER = Logger.getLogger(DeliveryTracker.class.getName());

    public void delivered(Recipient recipient, String trackingCode) {
        LOGGER.severe("parcel lost for " + recipient.name()); // EXPECT: log-leak
        LOGGER.warning("address " + recipient.street() + " not found"); // EXPECT: log-leak
        LOGGER.info("delivered to " + recipient.name()); // EXPECT: log-leak
        LOGGER.config("depot for " + recipient.street()); // EXPECT: log-leak
        LOGGER.fine("parcel " + trackingCode + " for " + recipient.name()); // EXPECT: log-leak
        LOGGER.finer("street " + recipient.street()); // EXPECT: log-leak
        LOGGER.finest("recipient " + recipient.name()); // EXPECT: log-leak
        LOGGER.info("delivered " + trackingCode + " to postcode " + recipient.postcode()); // clean: postcode is not declared
        LOGGER.fine("tracking " + trackingCode); // clean
        LOGGER.info("recipient " + recipient); // clean: the record's toString shows only the postcode
    }

    public void withLevels(Recipient recipient, String trackingCode) {
        LOGGER.log(Level.INFO, "delivered to {0}", recipient.name()); // EXPECT: log-leak
        LOGGER.log(Level.WARNING, "address {0} / {1}", new Object[] {recipient.street(), trackingCode}); // EXPECT: log-leak
        LOGGER.log(Level.SEVERE, "cannot deliver to " + recipient.name(), new IllegalStateException("closed")); // EXPECT: log-leak
        LOGGER.logp(Level.FINE, "DeliveryTracker", "withLevels", "street {0}", recipient.street()); // EXPECT: log-leak
        LOGGER.log(Level.INFO, "delivered {0}", trackingCode); // clean
        LOGGER.log(Level.WARNING, "codes {0} / {1}", new Object[] {trackingCode, recipient.postcode()}); // clean
        LOGGER.logp(Level.FINE, "DeliveryTracker", "withLevels", "tracking {0}", trackingCode); // clean
    }

    public void lazy(Recipient recipient, String trackingCode) {
        LOGGER.fine(() -> "recipient " + recipient.name()); // EXPECT: log-leak
        LOGGER.log(Level.FINER, () -> "street " + recipient.street()); // EXPECT: log-leak
        LOGGER.fine(() -> "tracking " + trackingCode); // clean
        Supplier<String> message = () -> "delivered to " + recipient.name();
        LOGGER.info(message); // EXPECT: log-leak
        Supplier<String> neutral = () -> "delivered " + trackingCode;
        LOGGER.info(neutral); // clean
    }
}
