package com.example.crm.service;

import com.example.crm.domain.Beneficiary;
import com.example.crm.domain.Claim;
import com.example.crm.domain.ClaimStatus;
import com.example.crm.domain.Masking;
import com.example.crm.domain.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Assesses claims and pays out the benefit to the beneficiaries. */
@ProcessingPurpose(Purposes.CLAIMS)
public class ClaimService {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimService.class);
    private static final BigDecimal MEDICAL_REVIEW_THRESHOLD = new BigDecimal("5000");

    public void assess(Claim claim) {
        if (claim.getAmount().compareTo(MEDICAL_REVIEW_THRESHOLD) > 0) {
            LOG.warn("Claim {} needs a medical review: {}", claim.getId(), claim.getDiagnosis());
            return;
        }
        claim.approve();
        LOG.info("Claim {} under policy {} approved ({} EUR)", claim.getId(), claim.getPolicyNumber(), claim.getAmount());
    }

    public void payOut(Claim claim, List<Beneficiary> beneficiaries) {
        if (claim.getStatus() != ClaimStatus.APPROVED) {
            LOG.info("Claim {} is {}, nothing to pay", claim.getId(), claim.getStatus());
            return;
        }
        for (Beneficiary beneficiary : beneficiaries) {
            BigDecimal share = claim.getAmount()
                    .multiply(BigDecimal.valueOf(beneficiary.getSharePercent()))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
            LOG.info("Paying {} EUR of claim {} to {}", share, claim.getId(), beneficiary);
            LOG.info("Transfer of claim {} goes to account {}", claim.getId(), Masking.maskIban(beneficiary.getIban()));
        }
        LOG.info("Claim {} paid out to {} beneficiaries", claim.getId(), beneficiaries.size());
    }
}
