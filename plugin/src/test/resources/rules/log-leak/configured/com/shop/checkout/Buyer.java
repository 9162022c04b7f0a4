package com.shop.checkout;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A buyer at checkout. */
public class Buyer {
    private String cartId;

    @PersonalData(category = Category.CONTACT, purposes = "checkout", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @PersonalData(category = Category.FINANCIAL, purposes = "checkout", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String cardNumber;

    public String getCartId() {
        return cartId;
    }

    public String getEmail() {
        return email;
    }

    public String getCardNumber() {
        return cardNumber;
    }
}
