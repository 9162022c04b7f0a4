package com.shop.mail;

/** SMTP settings: the credentials of a machine account, not of a person. */
public class MailSettings {
    private String host; // clean: not in the dictionary
    private String username; // clean: settings are a non-person
    private String password; // clean: settings are a non-person
    private String mailServer; // clean: a server
    private String fromAddress; // clean: settings are a non-person
}
