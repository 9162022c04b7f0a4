package com.example.pharmacy.prescription;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory prescription store. */
public class PrescriptionRepository {

    private final Map<Long, Prescription> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(5000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(Prescription prescription) {
        byId.put(prescription.getId(), prescription);
    }

    public Optional<Prescription> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Prescription> findByCustomer(long customerId) {
        List<Prescription> result = new ArrayList<>();
        for (Prescription prescription : byId.values()) {
            if (prescription.getCustomerId() == customerId) {
                result.add(prescription);
            }
        }
        return result;
    }

    public List<Prescription> findRefillsDueBefore(LocalDate day) {
        List<Prescription> result = new ArrayList<>();
        for (Prescription prescription : byId.values()) {
            LocalDate due = prescription.getRefillDueOn();
            if (due != null && due.isBefore(day)) {
                result.add(prescription);
            }
        }
        return result;
    }
}
