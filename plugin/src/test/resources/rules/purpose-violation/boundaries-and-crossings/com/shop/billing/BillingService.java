package com.shop.billing;

import com.shop.orders.Buyer;
import io.github.pdguard.annotations.ProcessingPurpose;

/** The billing context: a boundary. What it reads is checked against "billing" only. */
@ProcessingPurpose("billing")
public class BillingService {
    public String debitReference(Buyer buyer) {
        return BillingFormat.iban(buyer); // clean: billing
    }

    public int ibanDigits(Buyer buyer) {
        return buyer.getIban().length(); // clean: billing
    }

    public boolean hasIban(Buyer buyer) {
        return buyer.getIban() != null; // clean: billing
    }

    public String contact(Buyer buyer) {
        return buyer.getEmail(); // clean: billing
    }

    public String invoiceNumber(Buyer buyer) {
        return "INV-" + buyer.getBuyerId(); // clean: not declared
    }

    public void charge(Buyer buyer) {
        String iban = BillingFormat.iban(buyer); // clean: billing
    }
}
