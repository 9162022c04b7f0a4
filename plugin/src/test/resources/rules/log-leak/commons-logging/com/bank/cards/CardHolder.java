package com.bank.cards;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** The holder of a credit card. */
public class CardHolder {
    private long holderId;

    @PersonalData(category = Category.FINANCIAL, purposes = "card-payments", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private String cardNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "card-payments", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private String embossedName;

    public long getHolderId() {
        return holderId;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public String getEmbossedName() {
        return embossedName;
    }
}
