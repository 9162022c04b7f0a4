package com.bank.legacy;

import java.math.BigDecimal;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;

/** Executes standing orders at the end of the day; still on Log4j 1.2. */
public class StandingOrderProcessor {
    private static final Logger log = Logger.getLogger(StandingOrderProcessor.class);

    public void execute(Account from, Account to, BigDecimal amount) {
        log.trace("debit " + from.getIban()); // EXPECT: log-leak
        log.debug("credit " + to.getIban() + " with " + amount); // EXPECT: log-leak
        log.info("standing order for " + from.getHolder() + " executed"); // EXPECT: log-leak
        log.warn("insufficient funds on " + from.getIban()); // EXPECT: log-leak
        log.error("transfer to " + to.getHolder() + " rejected", new IllegalStateException("rejected")); // EXPECT: log-leak
        log.fatal("ledger out of balance after " + from.getIban()); // EXPECT: log-leak
        log.log(Level.INFO, "beneficiary " + to.getHolder()); // EXPECT: log-leak
        log.info("standing order " + from.getAccountId() + " -> " + to.getAccountId() + " executed"); // clean: account ids
        log.debug("amount " + amount); // clean
        log.log(Level.WARN, "standing order run finished late"); // clean
    }
}
