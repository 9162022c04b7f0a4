package com.shop.billing;

import com.shop.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;

/** Issues invoices; the package declares the purpose. */
public class InvoiceService {

    @ProcessingPurpose({Purposes.BILLING, "dunning"})
    public void remind(long invoiceId) { // EXPECT: invalid-declaration
    }
}
