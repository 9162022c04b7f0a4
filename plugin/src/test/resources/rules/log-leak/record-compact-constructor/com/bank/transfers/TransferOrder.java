package com.bank.transfers;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A transfer order whose compact constructor validates and logs. A compact constructor is a
 * constructor like any other: its body is analysed (SPEC 3.1 annotated record components).
 */
public record TransferOrder(
        String reference,
        @PersonalData(category = Category.FINANCIAL, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String beneficiaryIban,
        BigDecimal amount) {

    private static final Logger LOG = LoggerFactory.getLogger(TransferOrder.class);

    public TransferOrder {
        if (amount.signum() <= 0) {
            LOG.warn("rejecting transfer {} to {}", reference, beneficiaryIban); // EXPECT: log-leak
        }
        LOG.debug("transfer {} created", reference); // clean
    }

    @Override
    public String toString() {
        return "TransferOrder[" + reference + "]";
    }
}
