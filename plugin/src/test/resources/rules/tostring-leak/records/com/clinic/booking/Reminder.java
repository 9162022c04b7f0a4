package com.clinic.booking;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A reminder text message; toString is overridden without the declared phone number. */
public record Reminder( // clean: the overriding toString shows the appointment id only
        String appointmentId,
        @PersonalData(category = Category.CONTACT, purposes = "booking", retention = "P30D", legalBasis = LegalBasis.CONTRACT) String mobile) {

    @Override
    public String toString() {
        return "Reminder[appointment=" + appointmentId + ", mobile=" + (mobile == null ? "none" : "***") + "]";
    }
}
