package com.example.pharmacy.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory customer store. */
public class CustomerRepository {

    private final Map<Long, Customer> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(Customer customer) {
        byId.put(customer.getId(), customer);
    }

    public Optional<Customer> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Customer> findByEmail(String value) {
        for (Customer candidate : byId.values()) {
            if (candidate.getEmail().equalsIgnoreCase(value)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public List<Customer> findAll() {
        return new ArrayList<>(byId.values());
    }

    public boolean delete(long id) {
        return byId.remove(id) != null;
    }

    public int count() {
        return byId.size();
    }
}
