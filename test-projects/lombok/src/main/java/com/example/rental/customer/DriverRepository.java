package com.example.rental.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Keeps drivers in memory (a database in production). */
public class DriverRepository {
    private final Map<Long, Driver> drivers = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(Driver driver) {
        drivers.put(driver.getDriverId(), driver);
    }

    public Optional<Driver> findById(long driverId) {
        return Optional.ofNullable(drivers.get(driverId));
    }

    public Optional<Driver> findByEmail(String email) {
        return drivers.values().stream().filter(d -> email.equalsIgnoreCase(d.getEmail())).findFirst();
    }

    public List<Driver> findAll() {
        return new ArrayList<>(drivers.values());
    }

    public int count() {
        return drivers.size();
    }
}
