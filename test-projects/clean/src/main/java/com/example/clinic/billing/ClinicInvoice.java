package com.example.clinic.billing;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as archived for the tax authorities (ten years). */
public record ClinicInvoice(
        String number,
        long appointmentId,
        @PersonalData(category = Category.IDENTITY, purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION) String billedTo,
        @PersonalData(category = Category.GOVERNMENT_ID, purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION) String insuranceNumber,
        BigDecimal amount,
        LocalDate issuedOn) {

    @Override
    public String toString() {
        return "ClinicInvoice[" + number + ", appointment " + appointmentId + ", " + amount + " EUR]";
    }
}
