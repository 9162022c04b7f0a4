package com.shop.text;

import io.github.pdguard.annotations.ProcessingPurpose;

/** Billing labels customers, allowed. Sales does too, which is a violation in Labels.of(Customer). */
public class InvoiceService {
    @ProcessingPurpose("billing")
    public String header(Customer customer) {
        return Labels.of(customer); // clean
    }

    @ProcessingPurpose("sales")
    public String lead(Customer customer) {
        return Labels.of(customer); // clean: the read is inside Labels.of(Customer)
    }
}
