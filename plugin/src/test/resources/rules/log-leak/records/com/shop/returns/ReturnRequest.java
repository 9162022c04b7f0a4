package com.shop.returns;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A return request; the generated toString shows every component. */
public record ReturnRequest(
        String rmaNumber,
        @PersonalData(category = Category.CONTACT, purposes = "returns", retention = "P1Y", legalBasis = LegalBasis.CONTRACT) String pickupAddress,
        @PersonalData(category = Category.FINANCIAL, purposes = "returns", retention = "P1Y", legalBasis = LegalBasis.CONTRACT) String refundIban,
        int items) {
}
