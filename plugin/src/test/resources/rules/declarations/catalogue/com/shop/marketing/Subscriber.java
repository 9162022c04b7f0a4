package com.shop.marketing;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** A newsletter subscriber. Analysed with the purposes catalogue billing, newsletter, order-fulfilment, marketing. */
public class Subscriber {

    @PersonalData(category = Category.CONTACT, purposes = "newsletter", retention = "P2Y")
    private String email; // clean: in the catalogue

    @PersonalData(category = Category.IDENTITY, purposes = "biling", retention = "P10Y")
    private String billingName; // EXPECT: invalid-declaration

    @PersonalData(category = Category.CONTACT, purposes = ShopPurposes.NEWSLETTER, retention = "P2Y")
    private String backupEmail; // clean: the constant resolves to a catalogue purpose

    @PersonalData(category = Category.CONTACT, purposes = {"order-fulfilment", "Newsletter"}, retention = "P2Y")
    private String deliveryAddress; // EXPECT: invalid-declaration

    public String getEmail() {
        return email;
    }
}
