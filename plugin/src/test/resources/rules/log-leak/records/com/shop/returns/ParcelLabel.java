package com.shop.returns;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A return label; its toString is overridden and shows the RMA number only. */
public record ParcelLabel(
        String rmaNumber,
        @PersonalData(category = Category.CONTACT, purposes = "returns", retention = "P1Y", legalBasis = LegalBasis.CONTRACT) String senderAddress) {

    @Override
    public String toString() {
        return "ParcelLabel[" + rmaNumber + "]";
    }
}
