package com.clinic.patients;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDateTime;

/** A nurse's home visit. The type is not annotated, so its fields have no defaults to inherit. */
public class HomeVisit {

    private final Patient patient; // clean: of a declared type, but not annotated itself

    private final LocalDateTime scheduledAt;

    @PersonalData(category = Category.OTHER)
    private String notes; // EXPECT: missing-retention, missing-purpose

    // Two variables in one declaration are two declared elements.
    @PersonalData(category = Category.CONTACT, purposes = "home-care")
    private String street, city; // EXPECT: missing-retention, missing-retention

    public HomeVisit(Patient patient, LocalDateTime scheduledAt) {
        this.patient = patient;
        this.scheduledAt = scheduledAt;
    }

    public void recordNotes(String text) {
        this.notes = text;
    }
}
