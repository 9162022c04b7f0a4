package com.example.crm.domain;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An insurance contract of a customer. */
public class Policy {

    private final String policyNumber;

    private final long customerId;

    private final ProductLine productLine;

    private final BigDecimal monthlyPremium;

    private final LocalDate startDate;

    // The direct-debit account; "10 years" was meant as the retention for tax records.
    @PersonalData(category = Category.FINANCIAL, purposes = Purposes.CONTRACT, retention = "10 years", legalBasis = LegalBasis.CONTRACT)
    private final String payerIban;

    public Policy(String policyNumber, long customerId, ProductLine productLine, BigDecimal monthlyPremium, LocalDate startDate, String payerIban) {
        this.policyNumber = policyNumber;
        this.customerId = customerId;
        this.productLine = productLine;
        this.monthlyPremium = monthlyPremium;
        this.startDate = startDate;
        this.payerIban = payerIban;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public long getCustomerId() {
        return customerId;
    }

    public ProductLine getProductLine() {
        return productLine;
    }

    public BigDecimal getMonthlyPremium() {
        return monthlyPremium;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public String getPayerIban() {
        return payerIban;
    }
}
