package com.example.helpdesk.customer;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Customers in memory, as the first version of the shop kept them. */
public class CustomerRepository {
    private final Map<Long, Customer> byId = new ConcurrentHashMap<>();

    public void save(Customer customer) {
        byId.put(customer.getId(), customer);
    }

    public Customer get(long id) {
        Customer customer = byId.get(id);
        if (customer == null) {
            throw new CustomerNotFoundException(id);
        }
        return customer;
    }

    public Optional<Customer> findByEmail(String email) {
        return byId.values().stream().filter(c -> c.getEmail().equalsIgnoreCase(email)).findFirst();
    }

    public Collection<Customer> all() {
        return byId.values();
    }
}
