package com.example.pharmacy.common;

import com.example.pharmacy.customer.Customer;

/** Formats customer contact data for e-mail headers and packing slips. */
public final class ContactFormatter {

    private ContactFormatter() {
    }

    /** {@code Jane Doe <jane.doe@example.org>} */
    public static String recipient(Customer customer) {
        return customer.getFirstName() + " " + customer.getLastName() + " <" + customer.getEmail() + ">";
    }
}
