package com.example.crm.service;

/** Sends e-mails through the company's mail relay. */
public interface MailGateway {

    void send(String to, String subject, String body);
}
