package com.bank.support;

import io.github.pdguard.annotations.Redacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Handles hotline calls; logs masked values only. */
public class HotlineService {
    private static final Logger LOG = LoggerFactory.getLogger(HotlineService.class);

    public void call(Caller caller) {
        LOG.info("call from {}", Masking.lastFour(caller.getPhone())); // clean: @Redacts result
        LOG.info("account {}", Masking.hash(caller.getIban())); // clean: @Redacts result
        LOG.info("account {}", Masking.dropCountry(caller.getIban())); // EXPECT: log-leak
        LOG.info("account {}", redactIban(caller)); // clean: @Redacts method of this class
        String masked = Masking.lastFour(caller.getIban());
        LOG.info("account {} for ticket {}", masked, caller.getTicket()); // clean
        LOG.info("call {} from {}", caller.getTicket(), Masking.lastFour(caller.getPhone()) + caller.getPhone()); // EXPECT: log-leak
    }

    @Redacts
    private String redactIban(Caller caller) {
        return caller.getIban().substring(0, 2) + "**";
    }
}
