package com.example.crm.portal;

import com.example.crm.domain.Customer;
import com.example.crm.domain.Masking;
import io.github.pdguard.annotations.ProcessingPurpose;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Subscribing to the newsletter from the portal. */
@ProcessingPurpose("newsletter")
public class NewsletterSettingsController {

    private static final Logger log = LoggerFactory.getLogger(NewsletterSettingsController.class);

    private final CustomerAccounts accounts;

    public NewsletterSettingsController(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    public void subscribe(HttpServletRequest request, String email) {
        Customer customer = accounts.current(request.getSession().getId());
        customer.subscribeNewsletter(email.trim());
        accounts.save(customer);
        log.info("Customer {} subscribed the newsletter as {}", customer.getId(), Masking.maskEmail(customer.getEmail()));
    }
}
