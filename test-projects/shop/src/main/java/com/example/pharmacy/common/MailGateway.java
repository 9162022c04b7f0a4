package com.example.pharmacy.common;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands e-mails over to the SMTP relay. */
public class MailGateway {

    private static final Logger LOG = LoggerFactory.getLogger(MailGateway.class);

    private final AtomicInteger delivered = new AtomicInteger();

    public void send(String recipient, String subject, String body) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("mail without recipient: " + subject);
        }
        // The relay call is omitted in this sample application.
        delivered.incrementAndGet();
        LOG.debug("mail '{}' queued ({} characters)", subject, body.length());
    }

    public int deliveredCount() {
        return delivered.get();
    }
}
