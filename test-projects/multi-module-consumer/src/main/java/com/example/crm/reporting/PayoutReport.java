package com.example.crm.reporting;

import com.example.crm.domain.Beneficiary;
import com.example.crm.domain.Masking;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The daily list of benefit payouts for the claims department's four-eyes check. */
@ProcessingPurpose("claims-handling")
public class PayoutReport {

    private static final Logger LOG = LoggerFactory.getLogger(PayoutReport.class);

    private final PolicyholderSource source;

    public PayoutReport(PolicyholderSource source) {
        this.source = source;
    }

    public int print(LocalDate day) {
        List<Beneficiary> paid = source.beneficiariesPaidOn(day);
        for (Beneficiary beneficiary : paid) {
            LOG.info("Policy {}: {} % paid to account {}", beneficiary.getPolicyNumber(), beneficiary.getSharePercent(),
                    Masking.maskIban(beneficiary.getIban()));
        }
        LOG.info("{} payouts on {}", paid.size(), day);
        return paid.size();
    }
}
