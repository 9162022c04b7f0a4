package com.shop.signup;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/**
 * Validation in a record's compact constructor is the most common place to build an exception
 * message. The compact constructor's implicit parameters carry the components' annotations.
 */
public record SignupRequest(
        @PersonalData(category = Category.CONTACT, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT) String email,
        String referralCode) {

    public SignupRequest {
        if (!email.contains("@")) {
            throw new IllegalArgumentException("not an e-mail address: " + email); // EXPECT: exception-leak
        }
        if (referralCode != null && referralCode.length() != 8) {
            throw new IllegalArgumentException("bad referral code " + referralCode); // clean
        }
    }

    @Override
    public String toString() {
        return "SignupRequest[" + referralCode + "]";
    }
}
