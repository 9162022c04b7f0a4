package com.example.crm.service;

import com.example.crm.domain.Customer;
import com.example.crm.domain.Policy;
import com.example.crm.domain.ProductLine;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Offers existing customers an upgrade of their home-contents insurance. */
@ProcessingPurpose("sales")
public class SalesLeadService {

    private static final Logger log = LoggerFactory.getLogger(SalesLeadService.class);

    private final MailGateway mail;

    public SalesLeadService(MailGateway mail) {
        this.mail = mail;
    }

    public int offerUpgrades(List<Customer> customers, List<Policy> policies) {
        int offers = 0;
        for (Customer customer : customers) {
            boolean hasHomeContents = policies.stream()
                    .anyMatch(p -> p.getCustomerId() == customer.getId() && p.getProductLine() == ProductLine.HOME_CONTENTS);
            if (!hasHomeContents || !customer.isNewsletterSubscriber()) {
                continue;
            }
            String body = "Dear " + customer.getFullName() + ",\n\nprotect your belongings against flooding for just EUR 2.90 a month.";
            // The address was given for the newsletter only.
            mail.send(customer.getEmail(), "Your home-contents upgrade", body);
            offers++;
        }
        log.info("{} upgrade offers sent to {} customers", offers, customers.size());
        return offers;
    }
}
