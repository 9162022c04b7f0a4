package com.shop.fulfilment;

import com.shop.customer.Customer;
import io.github.pdguard.annotations.ProcessingPurpose;

/** Method, constructor, type and nested-type declarations: the nearest one wins. */
@ProcessingPurpose("fulfilment")
public class ShipmentService {
    private final String label;

    @ProcessingPurpose("age-verification")
    public ShipmentService(Customer customer) {
        this.label = customer.getShippingAddress(); // EXPECT: purpose-violation
    }

    public ShipmentService(Customer customer, String depot) {
        this.label = customer.getShippingAddress() + " via " + depot; // clean: the type's "fulfilment"
    }

    public String confirmationTo(Customer customer) {
        return customer.getEmail(); // clean: email allows "fulfilment"
    }

    public boolean needsAgeCheck(Customer customer) {
        return customer.getDateOfBirth() != null; // EXPECT: purpose-violation
    }

    @ProcessingPurpose("age-verification")
    public boolean verifyAge(Customer customer) {
        return customer.getDateOfBirth().getYear() < 2006; // clean: the method's own context
    }

    /** A nested type with its own declaration. */
    @ProcessingPurpose("newsletter")
    public static class ShippingNewsletter {
        public String to(Customer customer) {
            return customer.getEmail(); // clean: email allows "newsletter"
        }

        public String where(Customer customer) {
            return customer.getShippingAddress(); // EXPECT: purpose-violation
        }
    }

    /** A nested type without a declaration takes the enclosing type's. */
    public static class Courier {
        public String address(Customer customer) {
            return customer.getShippingAddress(); // clean: "fulfilment" from ShipmentService
        }

        public String birthday(Customer customer) {
            return customer.getDateOfBirth().toString(); // EXPECT: purpose-violation
        }
    }
}
