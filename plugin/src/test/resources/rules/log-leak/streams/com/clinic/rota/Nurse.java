package com.clinic.rota;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A nurse on the rota. */
public class Nurse {
    private String badge;
    private int shiftsThisMonth;

    @PersonalData(category = Category.IDENTITY, purposes = "rota", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String name;

    @PersonalData(category = Category.CONTACT, purposes = "rota", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String pager;

    public String getBadge() {
        return badge;
    }

    public int getShiftsThisMonth() {
        return shiftsThisMonth;
    }

    public String getName() {
        return name;
    }

    public String getPager() {
        return pager;
    }
}
