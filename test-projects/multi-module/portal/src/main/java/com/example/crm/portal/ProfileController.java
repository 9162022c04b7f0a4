package com.example.crm.portal;

import com.example.crm.domain.Beneficiary;
import com.example.crm.domain.Customer;
import com.example.crm.domain.PostalAddress;
import io.github.pdguard.annotations.ProcessingPurpose;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "My profile": the customer looks at and changes their contract data. */
@ProcessingPurpose("contract-administration")
public class ProfileController {

    private static final Logger log = LoggerFactory.getLogger(ProfileController.class);

    private final CustomerAccounts accounts;
    private final ConfirmationMailer mailer;

    public ProfileController(CustomerAccounts accounts, ConfirmationMailer mailer) {
        this.accounts = accounts;
        this.mailer = mailer;
    }

    public String show(HttpServletRequest request) {
        Customer customer = accounts.current(request.getSession().getId());
        log.info("Profile of customer {} opened from {}", customer.getCustomerNumber(), request.getRemoteAddr());
        return "<h1>" + customer.getFullName() + "</h1><p>" + customer.getAddress().city() + "</p>";
    }

    public void changeAddress(HttpServletRequest request, PostalAddress newAddress) {
        Customer customer = accounts.current(request.getSession().getId());
        customer.moveTo(newAddress);
        accounts.save(customer);
        log.info("Customer {} moved within {}", customer.getCustomerNumber(), newAddress.countryCode());
        // The contract confirmation goes to the address the customer gave for the newsletter.
        if (customer.isNewsletterSubscriber()) {
            mailer.send(customer.getEmail(), "Your new address", "We have updated your contracts to " + newAddress.street() + ".");
        }
    }

    /** The beneficiaries of the customer's life policy; declared for claims handling only. */
    public List<String> beneficiaries(List<Beneficiary> ofPolicy) {
        return ofPolicy.stream()
                .map(beneficiary -> beneficiary.getName() + " (" + beneficiary.getSharePercent() + " %)")
                .toList();
    }
}
