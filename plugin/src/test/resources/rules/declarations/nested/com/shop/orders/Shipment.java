package com.shop.orders;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.util.ArrayList;
import java.util.List;

/** A shipment to a customer. Nested types inherit the defaults of the nearest annotated enclosing type. */
@PersonalData(category = Category.CONTACT, purposes = "order-fulfilment", retention = "P6M", legalBasis = LegalBasis.CONTRACT)
public class Shipment { // clean: complete

    @PersonalData(category = Category.CONTACT)
    private String recipient; // clean: inherits from Shipment

    private final List<Parcel> parcels = new ArrayList<>();

    /** One box of the shipment. Not annotated: its instances are not personal data. */
    public static class Parcel { // clean: unannotated nested type is no declaration

        private double weightKg;

        @PersonalData(category = Category.CONTACT)
        private String dropOffNote; // clean: takes the defaults of Shipment

        /** The label on the box: third level of nesting. */
        public static final class Label { // clean: unannotated

            @PersonalData(category = Category.IDENTITY)
            private String printedName; // clean: defaults of Shipment, two levels up

            private String trackingCode;
        }
    }

    /** The e-mail telling the customer the parcel is on its way. */
    @PersonalData(category = Category.CONTACT, retention = "P14D")
    public record Notification( // clean: annotated nested type takes the missing purposes from Shipment
            @PersonalData(category = Category.CONTACT) String email, // clean: P14D from Notification, purposes from Shipment
            String subject) {
    }

    public void add(Parcel parcel) {
        parcels.add(parcel);
    }
}
