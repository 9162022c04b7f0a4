package com.bank.transfers;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same with the canonical constructor written out. Its parameters are declared explicitly and
 * carry no annotation; reading the component's field is the source.
 */
public record StandingOrder(
        String reference,
        @PersonalData(category = Category.FINANCIAL, purposes = "payments", retention = "P10Y", legalBasis = LegalBasis.CONTRACT) String beneficiaryIban) {

    private static final Logger LOG = LoggerFactory.getLogger(StandingOrder.class);

    public StandingOrder(String reference, String beneficiaryIban) {
        this.reference = reference;
        this.beneficiaryIban = beneficiaryIban;
        LOG.debug("standing order {} to {}", this.reference, this.beneficiaryIban); // EXPECT: log-leak
        LOG.debug("standing order {} created", this.reference); // clean
    }

    @Override
    public String toString() {
        return "StandingOrder[" + reference + "]";
    }
}
