package com.example.crm.service;

import com.example.crm.domain.Customer;
import com.example.crm.domain.Masking;
import com.example.crm.domain.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the monthly newsletter to the customers who subscribed to it. */
@ProcessingPurpose(Purposes.NEWSLETTER)
public class NewsletterService {

    private static final Logger log = LoggerFactory.getLogger(NewsletterService.class);

    private final CustomerDirectory customers;
    private final MailGateway mail;

    public NewsletterService(CustomerDirectory customers, MailGateway mail) {
        this.customers = customers;
        this.mail = mail;
    }

    public void sendIssue(int issue, String html) {
        int sent = 0;
        for (Customer subscriber : customers.newsletterSubscribers()) {
            String email = subscriber.getEmail();
            if (email == null || email.isBlank()) {
                continue;
            }
            mail.send(email, "Your insurance newsletter no. " + issue, html);
            log.debug("Newsletter {} sent to {}", issue, Masking.maskEmail(email));
            sent++;
        }
        log.info("Newsletter {} sent to {} subscribers", issue, sent);
    }
}
