package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;

/** A sales lead; the team accepted the generated toString and suppressed the finding. */
@Data
@SuppressWarnings("pdguard:tostring-leak")
public class Lead { // clean: tostring-leak suppressed
    private String leadId;

    @PersonalData(category = Category.CONTACT, purposes = "sales", retention = "P1Y", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
    private String email;
}
