package com.example.pharmacy.customer;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.Instant;
import java.time.LocalDate;

/** A registered customer of the online pharmacy. */
public class Customer {

    private final long id;

    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.ACCOUNT, Purposes.ORDER_FULFILMENT, Purposes.SUPPORT, Purposes.MARKETING, Purposes.REFILL_REMINDERS}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private final String firstName;

    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.ACCOUNT, Purposes.ORDER_FULFILMENT, Purposes.SUPPORT}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private final String lastName;

    @PersonalData(category = Category.CONTACT, purposes = {Purposes.ACCOUNT, Purposes.ORDER_FULFILMENT, Purposes.SUPPORT, Purposes.REFILL_REMINDERS}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private final String email;

    // Age check before dispensing prescription-only medicine.
    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.ACCOUNT, Purposes.DISPENSING}, retention = "P3Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private final LocalDate dateOfBirth;

    @PersonalData(category = Category.CONTACT, purposes = {Purposes.ACCOUNT, Purposes.ORDER_FULFILMENT}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private final PostalAddress address;

    // Added later for call-backs; nobody thought about how long we keep it.
    @PersonalData(category = Category.CONTACT, purposes = {Purposes.ACCOUNT, Purposes.SUPPORT})
    private String phoneNumber;

    private final Instant registeredAt;

    public Customer(long id, RegistrationForm form, Instant registeredAt) {
        this.id = id;
        this.firstName = form.firstName().trim();
        this.lastName = form.lastName().trim();
        this.email = form.email().trim().toLowerCase();
        this.dateOfBirth = form.dateOfBirth();
        this.address = new PostalAddress(form.street(), form.postalCode(), form.city(), form.countryCode());
        this.registeredAt = registeredAt;
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

    public String getEmail() {
        return email;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String value) {
        this.phoneNumber = value;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
