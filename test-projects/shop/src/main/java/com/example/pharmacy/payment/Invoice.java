package com.example.pharmacy.payment;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An invoice as archived for the tax authorities. */
public record Invoice(
        String invoiceNumber,
        long orderId,
        @PersonalData(category = Category.IDENTITY, purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION) String billingName,
        BigDecimal total,
        LocalDate issuedOn) {
}
