package com.shop.common;

import com.shop.crm.Customer;

/** Text helpers of the analysed code, in another package and file than their callers. */
public final class CustomerText {
    private CustomerText() {
    }

    public static String describe(Customer customer) {
        return customer.getName() + " <" + customer.getEmail() + ">";
    }

    public static String reference(Customer customer) {
        return "customer #" + customer.getId() + " (" + customer.getSegment() + ")";
    }

    public static String quoted(String text) {
        return "'" + text + "'";
    }

    public static int nameLength(Customer customer) {
        return customer.getName().length();
    }

    public static String greeting(Customer customer) {
        return customer.getSegment().equals("VIP") ? "Dear valued customer" : "Hello";
    }

    public static String chain(Customer customer) {
        return quoted(describe(customer));
    }
}
