package com.example.crm.service;

import com.example.crm.domain.Customer;
import com.example.crm.domain.Policy;
import com.example.crm.domain.PostalAddress;
import com.example.crm.domain.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers new policyholders and their first contract. */
@ProcessingPurpose(Purposes.CONTRACT)
public class OnboardingService {

    private static final Logger log = LoggerFactory.getLogger(OnboardingService.class);

    private final CustomerDirectory customers;

    public OnboardingService(CustomerDirectory customers) {
        this.customers = customers;
    }

    public void register(Customer customer, Policy firstPolicy) {
        customers.save(customer);
        log.info("Registered customer {}: {}, born {}", customer.getCustomerNumber(), customer.getFullName(), customer.getDateOfBirth());
        log.info("Customer {} lives in {}", customer.getCustomerNumber(), customer.getAddress().postalCode());
        log.debug("Welcome letter for customer {} opens with '{}'", customer.getId(), customer.salutation());
        log.info("Policy {} ({}) starts on {} for customer {}", firstPolicy.getPolicyNumber(), firstPolicy.getProductLine(),
                firstPolicy.getStartDate(), customer.getCustomerNumber());
        log.info("{} customers registered today", customers.countRegisteredToday());
    }

    public void updatePhoneNumber(long customerId, String phoneNumber) {
        Customer customer = customers.findById(customerId).orElseThrow();
        boolean hadNumber = customer.getPhoneNumber() != null;
        customer.setPhoneNumber(phoneNumber);
        customers.save(customer);
        log.info("Phone number of customer {} {}", customerId, hadNumber ? "changed" : "added");
    }

    public void moveCustomer(long customerId, PostalAddress newAddress) {
        Customer customer = customers.findById(customerId).orElseThrow();
        customer.moveTo(newAddress);
        customers.save(customer);
        log.info("Customer {} moved to {} ({})", customer.getCustomerNumber(), newAddress.city(), newAddress.countryCode());
    }
}
