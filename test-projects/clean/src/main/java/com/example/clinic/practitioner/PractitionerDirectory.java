package com.example.clinic.practitioner;

import java.util.List;
import java.util.Optional;

/** The clinic's practitioners (loaded from the staff system in production). */
public class PractitionerDirectory {

    private final List<Practitioner> practitioners = List.of(
            new Practitioner(1, "Dr. Anna Weber", "general practice"),
            new Practitioner(2, "Dr. Jonas Becker", "dermatology"),
            new Practitioner(3, "Mira Schulz", "physiotherapy"));

    public Optional<Practitioner> find(long practitionerId) {
        for (Practitioner practitioner : practitioners) {
            if (practitioner.id() == practitionerId) {
                return Optional.of(practitioner);
            }
        }
        return Optional.empty();
    }

    public int size() {
        return practitioners.size();
    }
}
