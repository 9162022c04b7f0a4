package com.bank.loans;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** Someone applying for a consumer loan. */
public class LoanApplicant {
    private final String applicationId;

    @PersonalData(category = Category.FINANCIAL, purposes = "credit-check", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private final long monthlyIncome;

    @PersonalData(category = Category.IDENTITY, purposes = "credit-check", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private final String name;

    public LoanApplicant(String applicationId, long monthlyIncome, String name) {
        this.applicationId = applicationId;
        this.monthlyIncome = monthlyIncome;
        this.name = name;
    }

    public String getApplicationId() {
        return applicationId;
    }

    public long getMonthlyIncome() {
        return monthlyIncome;
    }

    public String getName() {
        return name;
    }
}
