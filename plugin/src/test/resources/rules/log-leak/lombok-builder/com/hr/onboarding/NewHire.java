package com.hr.onboarding;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Builder;
import lombok.ToString;
import lombok.Value;

/** A new hire; the generated toString leaves the declared fields out. */
@Value
@Builder
public class NewHire {
    String hireId;
    String team;

    @ToString.Exclude
    @PersonalData(category = Category.IDENTITY, purposes = "onboarding", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    String name;

    @ToString.Exclude
    @PersonalData(category = Category.FINANCIAL, purposes = "onboarding", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    String salaryAccount;
}
