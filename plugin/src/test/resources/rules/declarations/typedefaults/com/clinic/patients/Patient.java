package com.clinic.patients;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDate;
import java.util.Objects;

/** A patient of the clinic. The type-level declaration gives every declared field its defaults. */
@PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
public class Patient { // clean: purposes and retention on the type itself

    private final long id; // clean: not annotated, not a declaration

    @PersonalData(category = Category.IDENTITY)
    private final String fullName; // clean: inherits purposes and retention from Patient

    @PersonalData(category = Category.IDENTITY)
    private final LocalDate dateOfBirth; // clean: inherits purposes and retention from Patient

    @PersonalData(category = Category.CONTACT, legalBasis = LegalBasis.CONSENT)
    private String phoneNumber; // clean: own legal basis, inherited purposes and retention

    private Insurance insurance; // clean: a field of a declared type is not a declaration itself

    public Patient(long id, String fullName, LocalDate dateOfBirth) {
        this.id = id;
        this.fullName = Objects.requireNonNull(fullName);
        this.dateOfBirth = dateOfBirth;
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public void setInsurance(Insurance insurance) {
        this.insurance = insurance;
    }
}
