package com.bank.cards;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A monthly statement: toString uses unannotated fields and booleans derived from declared ones. */
public class Statement { // clean: no declared field's value reaches the result
    private String statementId;
    private int month;

    @PersonalData(category = Category.CONTACT, purposes = "card-payments", retention = "P5Y", legalBasis = LegalBasis.CONTRACT)
    private String deliveryEmail;

    @Override
    public String toString() {
        return "Statement[" + statementId + ", month " + month + ", by mail: " + (deliveryEmail != null) + "]";
    }
}
