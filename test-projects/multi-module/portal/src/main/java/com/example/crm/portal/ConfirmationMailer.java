package com.example.crm.portal;

/** Sends transactional e-mails. */
public interface ConfirmationMailer {

    void send(String to, String subject, String text);
}
