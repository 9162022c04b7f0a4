package com.shop.crm;

import com.shop.mail.MailSettings;
import java.util.HashMap;
import java.util.Map;

/** A service is a program part: its fields are collaborators and caches, not a person's data. */
public class CustomerService {
    interface Columns {
        String EMAIL = "email"; // clean: an interface constant
    }

    private final Map<Long, Customer> customers = new HashMap<>();
    private final MailSettings mailSettings; // clean: not in the dictionary
    private final EmailSender email; // clean: the field's type is a program part
    private String name; // clean: a service's name
    private String supportEmail; // clean: the support desk's address, not a customer's

    public CustomerService(MailSettings mailSettings, EmailSender email) {
        this.mailSettings = mailSettings;
        this.email = email;
    }

    interface EmailSender {
        void send(String to, String text);
    }

    void register(Customer customer) {
        Object listener = new Object() {
            private String lastEmail; // clean: fields of anonymous classes are not considered
        };
        customers.put(System.nanoTime(), customer);
    }
}
