package com.bank.kyc;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** An identity document checked at onboarding. */
public class IdentityDocument {
    String documentId;

    @PersonalData(category = Category.GOVERNMENT_ID, purposes = "kyc", retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    String passportNumber;

    @PersonalData(category = Category.IDENTITY, purposes = {"kyc", "account-service"}, retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    String fullName;

    @PersonalData(category = Category.IDENTITY, purposes = "kyc", retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    String nationality;

    @PersonalData(category = Category.IDENTITY, retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    String placeOfBirth;

    public String getPassportNumber() {
        return passportNumber;
    }

    /** Not transparent: it does more than return the field, so the read is here, in its caller's context. */
    public String getNationalityCode() {
        return nationality.trim().toUpperCase(); // EXPECT: purpose-violation
    }

    @PersonalData(category = Category.GOVERNMENT_ID, purposes = "kyc")
    public String machineReadableZone() {
        return "P<" + documentId;
    }
}
