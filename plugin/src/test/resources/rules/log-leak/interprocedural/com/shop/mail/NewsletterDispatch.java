package com.shop.mail;

import com.shop.crm.Customer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends newsletters. The helpers come before their callers, so the analysis meets them before it
 * knows what they are passed: what reaches them later must still reach the log lines and the field.
 */
public class NewsletterDispatch {
    private static final Logger log = LoggerFactory.getLogger(NewsletterDispatch.class);

    private String lastRecipient;
    private String lastCampaign;
    private String replyTo;

    private void answerLastRecipient() {
        replyTo = lastRecipient;
    }

    public void replies() {
        log.info("replies go to {}", replyTo); // EXPECT: log-leak
    }

    private void deliver(String recipient, String campaign) {
        log.info("newsletter {} sent to {}", campaign, recipient); // EXPECT: log-leak
        log.info("newsletter {} sent", campaign); // clean: callers pass campaign codes only
        remember(recipient, campaign);
    }

    private void remember(String recipient, String campaign) {
        this.lastRecipient = recipient;
        this.lastCampaign = campaign;
    }

    private void bounce(String campaign, String recipient) {
        log.atWarn()
                .addKeyValue("campaign", campaign) // clean: the chain is reported where personal data enters it
                .addKeyValue("recipient", recipient) // EXPECT: log-leak
                .log("newsletter bounced");
    }

    public void status() {
        log.info("last newsletter went to {}", lastRecipient); // EXPECT: log-leak
        log.info("last campaign was {}", lastCampaign); // clean: a campaign code
    }

    public void send(Customer customer, String campaign) {
        deliver(customer.getEmail(), campaign);
    }

    public void retry(Customer customer, String campaign) {
        bounce(campaign, customer.getEmail());
    }
}
