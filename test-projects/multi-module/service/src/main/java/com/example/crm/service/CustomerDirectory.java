package com.example.crm.service;

import com.example.crm.domain.Customer;
import java.util.List;
import java.util.Optional;

/** Looks customers up in the CRM database. */
public interface CustomerDirectory {

    Optional<Customer> findById(long id);

    List<Customer> newsletterSubscribers();

    void save(Customer customer);

    long countRegisteredToday();
}
