package com.shop.billing;

import com.shop.orders.Buyer;

/** Undeclared, but only reached through BillingService: it takes the "billing" context only. */
final class BillingFormat {
    private BillingFormat() {
    }

    static String iban(Buyer buyer) {
        return buyer.getIban().replace(" ", ""); // clean: reached only through the billing boundary
    }
}
