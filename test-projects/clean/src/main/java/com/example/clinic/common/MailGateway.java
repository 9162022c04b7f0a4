package com.example.clinic.common;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands e-mails over to the clinic's mail relay. */
public class MailGateway {

    private static final Logger LOG = LoggerFactory.getLogger(MailGateway.class);

    private final AtomicInteger queued = new AtomicInteger();

    public void send(String recipient, String subject, String body) {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("cannot send a mail without recipient");
        }
        // The relay call is omitted in this sample application.
        int total = queued.incrementAndGet();
        LOG.debug("mail queued ({} characters), {} mails queued in total", body.length(), total);
    }
}
