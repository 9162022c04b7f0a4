package com.hr.people;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;

/** The HR profile of an employee; @Data generates a toString with every field. */
@Data
public class EmployeeProfile { // EXPECT: tostring-leak
    private String employeeNumber;
    private String department;

    @PersonalData(category = Category.CONTACT, purposes = "hr", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String privateAddress;
}
