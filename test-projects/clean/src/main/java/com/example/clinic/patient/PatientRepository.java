package com.example.clinic.patient;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory patient store. */
public class PatientRepository {

    private final Map<Long, Patient> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(10000);

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(Patient patient) {
        byId.put(patient.getId(), patient);
    }

    public Optional<Patient> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean existsWithEmail(String value) {
        for (Patient candidate : byId.values()) {
            if (candidate.getEmail().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    public boolean delete(long id) {
        return byId.remove(id) != null;
    }
}
