package com.bank.cards;

import java.math.BigDecimal;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/** Authorises card payments; logs through Apache Commons Logging. */
public class CardAuthorisation {
    private static final Log LOG = LogFactory.getLog(CardAuthorisation.class);

    public boolean authorise(CardHolder holder, BigDecimal amount, String merchant) {
        LOG.trace("authorising card " + holder.getCardNumber()); // EXPECT: log-leak
        LOG.debug("holder " + holder.getEmbossedName() + " pays " + amount); // EXPECT: log-leak
        LOG.info("payment at " + merchant + " by " + holder.getEmbossedName()); // EXPECT: log-leak
        LOG.warn("card " + holder.getCardNumber() + " close to its limit"); // EXPECT: log-leak
        LOG.error("card " + holder.getCardNumber() + " blocked", new SecurityException("fraud")); // EXPECT: log-leak
        LOG.fatal("authorisation store down while serving " + holder.getEmbossedName()); // EXPECT: log-leak
        LOG.info("payment at " + merchant + " by holder #" + holder.getHolderId()); // clean: technical id
        LOG.debug("amount " + amount); // clean
        if (LOG.isDebugEnabled()) {
            LOG.debug("card number length " + holder.getCardNumber().length()); // clean: an int
        }
        return true;
    }
}
