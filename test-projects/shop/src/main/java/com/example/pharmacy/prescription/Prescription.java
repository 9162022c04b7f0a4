package com.example.pharmacy.prescription;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.time.LocalDate;

/** A (repeat) prescription a customer uploaded. Pharmacies must keep it for ten years. */
public class Prescription {

    private final long id;
    private final long customerId;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = Purposes.DISPENSING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private final String medication;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = Purposes.DISPENSING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private final String diagnosis;

    // The Art. 9(2) condition was forgotten here.
    @Sensitive(category = SpecialCategory.HEALTH, purposes = Purposes.DISPENSING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String allergies;

    @PersonalData(category = Category.IDENTITY, purposes = Purposes.DISPENSING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private final String prescribingDoctor;

    private final boolean adultsOnly;
    private LocalDate refillDueOn;
    private int refillsLeft;

    public Prescription(long id, long customerId, String drug, String indication, String prescriber, boolean adultsOnly, int refills) {
        this.id = id;
        this.customerId = customerId;
        this.medication = drug;
        this.diagnosis = indication;
        this.prescribingDoctor = prescriber;
        this.adultsOnly = adultsOnly;
        this.refillsLeft = refills;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getMedication() {
        return medication;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public String getAllergies() {
        return allergies;
    }

    public void setAllergies(String notes) {
        this.allergies = notes;
    }

    public String getPrescribingDoctor() {
        return prescribingDoctor;
    }

    public boolean isAdultsOnly() {
        return adultsOnly;
    }

    public LocalDate getRefillDueOn() {
        return refillDueOn;
    }

    public int getRefillsLeft() {
        return refillsLeft;
    }

    public void dispensed(LocalDate today, int daysOfSupply) {
        if (refillsLeft > 0) {
            refillsLeft--;
            refillDueOn = today.plusDays(daysOfSupply);
        } else {
            refillDueOn = null;
        }
    }
}
