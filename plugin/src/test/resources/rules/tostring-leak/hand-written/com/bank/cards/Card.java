package com.bank.cards;

import com.bank.common.Mask;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A payment card; toString masks the number. */
public class Card { // clean: toString shows a @Redacts result and the expiry only
    @PersonalData(category = Category.FINANCIAL, purposes = "card-payments", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private String cardNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "card-payments", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private String holderName;

    private String expiry;

    @Override
    public String toString() {
        return "Card[" + Mask.pan(cardNumber) + ", expires " + expiry + ", holder name has " + holderName.length() + " letters]";
    }
}
