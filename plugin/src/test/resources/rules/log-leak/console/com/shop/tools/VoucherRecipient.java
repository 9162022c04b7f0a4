package com.shop.tools;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** Someone who receives a gift voucher. */
public class VoucherRecipient {
    @PersonalData(category = Category.CONTACT, purposes = "vouchers", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    String email;

    String voucherCode;
    int valueInEuro;
}
