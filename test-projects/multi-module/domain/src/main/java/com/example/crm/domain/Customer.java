package com.example.crm.domain;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.Instant;
import java.time.LocalDate;

/** A policyholder. */
public class Customer {

    private final long id;

    private final String customerNumber;

    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.CONTRACT, Purposes.SALES, Purposes.CLAIMS}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final String fullName;

    // Collected with the newsletter sign-up only: the consent covers nothing else.
    @PersonalData(category = Category.CONTACT, purposes = Purposes.NEWSLETTER, retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    @PersonalData(category = {Category.IDENTITY, Category.DEMOGRAPHIC}, purposes = {Purposes.CONTRACT, Purposes.UNDERWRITING}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final LocalDate dateOfBirth;

    @PersonalData(category = Category.CONTACT, purposes = {Purposes.CONTRACT, Purposes.CLAIMS}, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private PostalAddress address;

    // Added for the call-back feature; nobody decided how long it is kept.
    @PersonalData(category = Category.CONTACT, purposes = {Purposes.CONTRACT, Purposes.CLAIMS}, legalBasis = LegalBasis.CONTRACT)
    private String phoneNumber;

    private final Instant registeredAt;

    public Customer(long id, String customerNumber, String fullName, LocalDate dateOfBirth, PostalAddress address, Instant registeredAt) {
        this.id = id;
        this.customerNumber = customerNumber;
        this.fullName = fullName;
        this.dateOfBirth = dateOfBirth;
        this.address = address;
        this.registeredAt = registeredAt;
    }

    public long getId() {
        return id;
    }

    public String getCustomerNumber() {
        return customerNumber;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public void subscribeNewsletter(String email) {
        this.email = email;
    }

    public boolean isNewsletterSubscriber() {
        return email != null;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public PostalAddress getAddress() {
        return address;
    }

    public void moveTo(PostalAddress address) {
        this.address = address;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    /** The salutation of letters and e-mails. */
    @PersonalData(category = Category.IDENTITY)
    public String salutation() {
        return "Dear " + fullName;
    }
}
