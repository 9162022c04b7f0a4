package com.bank.cards;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A cardholder; toString goes through a getter and a StringBuilder. */
public class Cardholder { // EXPECT: tostring-leak
    private String customerNumber;

    @PersonalData(category = Category.CONTACT, purposes = "card-payments", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private String billingAddress;

    public String getBillingAddress() {
        return billingAddress;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Cardholder[");
        text.append(customerNumber);
        if (billingAddress != null) {
            text.append(", ").append(getBillingAddress());
        }
        return text.append(']').toString();
    }
}
