package com.example.rental.marketing;

/** Hands mails to the mail provider. */
public interface MailGateway {
    void send(String to, String subject, String body);
}
