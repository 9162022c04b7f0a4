package com.hr.payroll;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Getter;

/** An employee on the payroll. */
@Getter
public class Employee {
    private String staffNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "payroll", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String name;

    @PersonalData(category = Category.FINANCIAL, purposes = "payroll", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String salaryAccount;

    @PersonalData(category = Category.GOVERNMENT_ID, purposes = "payroll", retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String taxId;
}
