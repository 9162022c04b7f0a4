package com.shop.customer;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Who receives a parcel. A field's own non-empty attribute wins over the type's default. */
@PersonalData(category = Category.CONTACT, purposes = "order-fulfilment", retention = "P3Y")
public class ShippingContact { // clean: complete type-level declaration

    @PersonalData(category = Category.CONTACT, retention = "P30D")
    private String deliveryNote; // clean: own retention P30D wins over P3Y

    // An own invalid retention is not replaced by the type's valid one: one invalid-declaration, no missing-retention.
    @PersonalData(category = Category.CONTACT, retention = "30 days")
    private String courierPhone; // EXPECT: invalid-declaration

    @PersonalData(category = Category.CONTACT, purposes = {"order-fulfilment", "customer-support"})
    private String email; // clean: own purposes win

    @PersonalData(category = Category.CONTACT, purposes = {}, retention = "")
    private String street; // clean: empty attributes are not given, they inherit

    public ShippingContact(String email, String street) {
        this.email = email;
        this.street = street;
    }

    public String getEmail() {
        return email;
    }

    public void leaveNote(String note, String phone) {
        this.deliveryNote = note;
        this.courierPhone = phone;
    }
}
