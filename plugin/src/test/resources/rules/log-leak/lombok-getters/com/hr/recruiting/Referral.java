package com.hr.recruiting;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Value;

/** A referral by an employee: @Value makes it immutable with getters and a toString. */
@Value
public class Referral {
    String referralCode;

    @PersonalData(category = Category.IDENTITY, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONSENT)
    String referredBy;
}
