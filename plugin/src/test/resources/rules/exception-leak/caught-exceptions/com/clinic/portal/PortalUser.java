package com.clinic.portal;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A user of the patient portal. */
public class PortalUser {
    private String userId;

    @PersonalData(category = Category.CONTACT, purposes = "portal", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    public String getUserId() {
        return userId;
    }

    public String getEmail() {
        return email;
    }
}
