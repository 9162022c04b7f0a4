package com.example.clinic.patient;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDate;

/** A patient of the clinic. Medical records must be kept for ten years (hence P10Y). */
public class Patient {

    private final long id;

    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.PATIENT_ADMIN, Purposes.APPOINTMENTS, Purposes.REMINDERS, Purposes.TREATMENT, Purposes.BILLING}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String firstName;

    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.PATIENT_ADMIN, Purposes.APPOINTMENTS, Purposes.TREATMENT, Purposes.BILLING}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String lastName;

    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.PATIENT_ADMIN, Purposes.TREATMENT}, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private final LocalDate dateOfBirth;

    @PersonalData(category = Category.CONTACT, purposes = {Purposes.PATIENT_ADMIN, Purposes.APPOINTMENTS, Purposes.REMINDERS}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @PersonalData(category = Category.CONTACT, purposes = {Purposes.PATIENT_ADMIN, Purposes.APPOINTMENTS}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String mobileNumber;

    @PersonalData(category = Category.FINANCIAL, purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private final InsurancePolicy insurance;

    public Patient(long id, PatientRegistration form) {
        this.id = id;
        this.firstName = form.firstName().strip();
        this.lastName = form.lastName().strip();
        this.dateOfBirth = form.dateOfBirth();
        this.email = form.email().strip().toLowerCase();
        this.mobileNumber = form.mobileNumber();
        this.insurance = new InsurancePolicy(form.insuranceNumber(), form.insurer());
    }

    public long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String value) {
        this.email = value;
    }

    public String getMobileNumber() {
        return mobileNumber;
    }

    public void setMobileNumber(String value) {
        this.mobileNumber = value;
    }

    public InsurancePolicy getInsurance() {
        return insurance;
    }
}
