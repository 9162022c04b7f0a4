package com.bank.cards;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A card application; toString uses the declared income through String.format. */
public class CardApplication { // EXPECT: tostring-leak
    private String applicationId;

    @PersonalData(category = Category.FINANCIAL, purposes = "credit-check", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    private long monthlyIncome;

    @Override
    public String toString() {
        return String.format("CardApplication[%s, income %d]", applicationId, monthlyIncome);
    }
}
