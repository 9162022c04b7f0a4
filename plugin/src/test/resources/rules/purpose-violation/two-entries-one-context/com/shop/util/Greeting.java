package com.shop.util;

import com.shop.customers.Customer;

/** Undeclared helper, called from two methods of the same campaign job. */
public final class Greeting {
    private Greeting() {
    }

    public static String salutation(Customer customer) {
        return "Dear " + customer.getName() + " <" + customer.getEmail() + ">"; // EXPECT: purpose-violation, purpose-violation
    }
}
