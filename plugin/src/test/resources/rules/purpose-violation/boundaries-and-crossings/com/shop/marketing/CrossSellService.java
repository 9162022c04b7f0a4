package com.shop.marketing;

import com.shop.billing.BillingService;
import com.shop.orders.Buyer;
import io.github.pdguard.annotations.ProcessingPurpose;

/** Marketing asks billing for things; contexts do not pass through the billing boundary. */
@ProcessingPurpose("marketing")
public class CrossSellService {
    private final BillingService billing = new BillingService();
    private final CampaignRows rows = new CampaignRows();

    public void campaign(Buyer buyer) {
        billing.charge(buyer); // clean: billing's reads stay in billing, and nothing personal comes back
        int digits = billing.ibanDigits(buyer); // clean: an int crosses back, not personal data
        boolean payer = billing.hasIban(buyer); // clean: a boolean
        String invoice = billing.invoiceNumber(buyer); // clean: not personal data
        String mail = billing.contact(buyer); // clean: the returned e-mail allows marketing too
        String reference = billing.debitReference(buyer); // EXPECT: purpose-violation
        String again = billing.debitReference(buyer).substring(0, 4); // EXPECT: purpose-violation
        String row = rows.row(buyer); // clean: the crossing is reported inside CampaignRows
    }
}
