package com.shop.marketing;

import com.shop.billing.BillingService;
import com.shop.orders.Buyer;

/** Undeclared: runs in the marketing context of its caller, so what billing returns crosses here. */
class CampaignRows {
    private final BillingService billing = new BillingService();

    String row(Buyer buyer) {
        return buyer.getEmail() + ";" + billing.debitReference(buyer); // EXPECT: purpose-violation
    }
}
