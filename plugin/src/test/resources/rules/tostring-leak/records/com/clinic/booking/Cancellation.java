package com.clinic.booking;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A cancellation; the overriding toString still shows the declared e-mail. */
public record Cancellation( // EXPECT: tostring-leak
        String appointmentId,
        @PersonalData(category = Category.CONTACT, purposes = "booking", retention = "P30D", legalBasis = LegalBasis.CONTRACT) String confirmationEmail,
        String reason) {

    @Override
    public String toString() {
        return "Cancellation of " + appointmentId + ", confirmation to " + confirmationEmail;
    }
}
