package com.example.clinic.patient;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A patient's health insurance. Kept as long as the invoices that reference it. */
@PersonalData(category = Category.FINANCIAL, purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
public record InsurancePolicy(
        @PersonalData(category = Category.GOVERNMENT_ID) String insuranceNumber,
        String insurer) {

    @Override
    public String toString() {
        return "InsurancePolicy[insurer=" + insurer + "]";
    }
}
