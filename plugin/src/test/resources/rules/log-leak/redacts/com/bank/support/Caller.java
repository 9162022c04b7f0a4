package com.bank.support;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** Someone calling the bank's hotline. */
public class Caller {
    @PersonalData(category = Category.CONTACT, purposes = "support", retention = "P90D", legalBasis = LegalBasis.CONTRACT)
    private String phone;

    @PersonalData(category = Category.FINANCIAL, purposes = "support", retention = "P90D", legalBasis = LegalBasis.CONTRACT)
    private String iban;

    private String ticket;

    public String getPhone() {
        return phone;
    }

    public String getIban() {
        return iban;
    }

    public String getTicket() {
        return ticket;
    }
}
