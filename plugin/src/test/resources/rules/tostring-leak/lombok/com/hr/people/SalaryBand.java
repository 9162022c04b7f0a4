package com.hr.people;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Value;

/** An immutable salary assignment; @Value generates a toString. */
@Value
public class SalaryBand { // EXPECT: tostring-leak
    String band;

    @PersonalData(category = Category.FINANCIAL, purposes = "payroll", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    long annualSalary;
}
