package com.bank.onboarding;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A utility bill as proof of address. Its toString shows the declared address. */
public class ProofOfAddress {
    private String documentId;

    @PersonalData(category = Category.CONTACT, purposes = "onboarding", retention = "P5Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String address;

    public String getDocumentId() {
        return documentId;
    }

    @Override
    public String toString() {
        return "ProofOfAddress[" + documentId + ", " + address + "]";
    }
}
