package com.shop.text;

/** Overloads with one parameter each: only the selected overload runs in the caller's context. */
final class Labels {
    private Labels() {
    }

    static String of(Customer customer) {
        return customer.getBillingAddress(); // EXPECT: purpose-violation
    }

    static String of(Order order) {
        return "Order " + order.getNumber();
    }
}
