package com.shop.marketing;

import com.shop.customer.Customer;

/** Takes the package's "newsletter" context. */
public class NewsletterComposer {
    public String to(Customer customer) {
        return customer.getEmail(); // clean: email allows "newsletter" (package context)
    }

    public String birthdayGreeting(Customer customer) {
        return "Happy birthday on " + customer.getDateOfBirth(); // EXPECT: purpose-violation
    }

    public String postcard(Customer customer) {
        return customer.getShippingAddress(); // EXPECT: purpose-violation
    }
}
