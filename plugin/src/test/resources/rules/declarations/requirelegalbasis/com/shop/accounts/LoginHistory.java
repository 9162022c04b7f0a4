package com.shop.accounts;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.Instant;

/** Recent logins, kept for fraud detection. The type gives the legal basis. */
@PersonalData(category = Category.ONLINE_IDENTIFIER, purposes = "fraud-prevention", retention = "P90D", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
public class LoginHistory { // clean: complete

    @PersonalData(category = Category.ONLINE_IDENTIFIER)
    private String lastIpAddress; // clean: inherits the legal basis

    private Instant lastLogin; // clean: not annotated
}
