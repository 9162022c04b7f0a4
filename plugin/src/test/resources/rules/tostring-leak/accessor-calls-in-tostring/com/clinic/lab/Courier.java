package com.clinic.lab;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Getter;

/** The same with a Lombok getter called without a receiver. */
@Getter
public class Courier { // EXPECT: tostring-leak
    private String route;

    @PersonalData(category = Category.CONTACT, purposes = "diagnostics", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    private String driverPhone;

    @Override
    public String toString() {
        return "Courier[" + getRoute() + ", call " + getDriverPhone() + "]";
    }
}
