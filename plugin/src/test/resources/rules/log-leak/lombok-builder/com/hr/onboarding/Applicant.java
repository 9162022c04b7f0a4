package com.hr.onboarding;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Builder;
import lombok.Data;

/** An applicant; its generated toString shows the declared name. */
@Data
@Builder
public class Applicant {
    private String applicantId;

    @PersonalData(category = Category.IDENTITY, purposes = "onboarding", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    private String name;
}
