package com.shop.orders;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.util.HashMap;
import java.util.Map;

/** The warehouse. Not annotated: nested declarations have nothing to inherit from it. */
public class Warehouse {

    private final Map<String, Bin> bins = new HashMap<>();

    static class Bin {

        private String location;

        @PersonalData(category = Category.IDENTITY, purposes = "order-fulfilment")
        private String reservedFor; // EXPECT: missing-retention

        /** Goods held back for a customer. Annotated, but without purposes. */
        @PersonalData(category = Category.OTHER, retention = "P1M")
        static class Hold { // EXPECT: missing-purpose

            @PersonalData(category = Category.IDENTITY)
            private String requestedBy; // EXPECT: missing-purpose

            /** Why the goods are held: third level. */
            class Reason {

                @PersonalData(category = Category.OTHER, purposes = "order-fulfilment")
                private String text; // clean: own purposes, retention P1M from Hold

                @PersonalData(category = Category.OTHER)
                private String internalComment; // EXPECT: missing-purpose
            }
        }
    }

    public Bin bin(String location) {
        return bins.computeIfAbsent(location, l -> new Bin());
    }
}
