package com.example.crm.domain;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A claim under a supplementary health or term life policy. */
public class Claim {

    private final long id;

    private final String policyNumber;

    private final LocalDate reportedOn;

    private final BigDecimal amount;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = Purposes.CLAIMS, retention = "P10Y",
            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.LEGAL_CLAIMS)
    private final String diagnosis;

    private ClaimStatus status = ClaimStatus.REPORTED;

    public Claim(long id, String policyNumber, LocalDate reportedOn, BigDecimal amount, String diagnosis) {
        this.id = id;
        this.policyNumber = policyNumber;
        this.reportedOn = reportedOn;
        this.amount = amount;
        this.diagnosis = diagnosis;
    }

    public long getId() {
        return id;
    }

    public String getPolicyNumber() {
        return policyNumber;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public ClaimStatus getStatus() {
        return status;
    }

    public void approve() {
        status = ClaimStatus.APPROVED;
    }

    public void reject() {
        status = ClaimStatus.REJECTED;
    }
}
