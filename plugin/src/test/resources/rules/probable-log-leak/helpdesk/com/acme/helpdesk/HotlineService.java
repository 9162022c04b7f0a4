package com.acme.helpdesk;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Routes hotline calls; logs what an operator needs, and some things it should not. */
public class HotlineService {
    private static final Logger LOG = LoggerFactory.getLogger(HotlineService.class);
    private static final String EMAIL_TEMPLATE = "callback-mail";

    @PersonalData(category = Category.CONTACT, purposes = "support", retention = "P1Y")
    private String escalationContact;

    public void route(Caller caller, String queueName) {
        LOG.info("call from {}", caller.getPhoneNumber()); // EXPECT: probable-log-leak
        LOG.info("caller {} in queue {}", caller.getCallerId(), queueName); // clean: an id and a queue
        LOG.info("verified {}", caller.isEmailVerified()); // clean: a boolean
        LOG.info("open tickets {}", caller.getOpenTickets()); // clean: a number
        LOG.info("template {}", EMAIL_TEMPLATE); // clean: a constant that only looks like an e-mail
        LOG.info("mail length {}", caller.getEmail().length()); // clean: a length
    }

    public void callback(String email, String reason) {
        String greeting = "Dear customer, " + reason;
        LOG.debug("greeting {}", greeting); // clean: built from the reason only
        LOG.debug("calling back {}", email); // EXPECT: probable-log-leak
    }

    public void escalate(Caller caller) {
        LOG.warn("escalating to {} for {}", escalationContact, caller.getEmail()); // EXPECT: log-leak
    }

    @SuppressWarnings("pdguard:probable-log-leak")
    public void audit(Caller caller) {
        LOG.info("audited {}", caller.getEmail()); // clean: dismissed with @SuppressWarnings
    }
}
