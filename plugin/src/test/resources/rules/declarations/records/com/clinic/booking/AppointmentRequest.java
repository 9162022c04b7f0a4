package com.clinic.booking;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An appointment request from the booking form; the record-level declaration gives the component
 * defaults. A record-level @PersonalData has no condition, so an @Sensitive component needs its own.
 */
@PersonalData(category = Category.IDENTITY, purposes = "appointment-booking", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
public record AppointmentRequest( // clean: complete record-level declaration
        @PersonalData(category = Category.IDENTITY) String patientName, // clean: inherits purposes, retention, legal basis
        @PersonalData(category = Category.CONTACT, retention = "P30D") String phone, // clean: own retention wins
        @Sensitive(category = SpecialCategory.HEALTH) String reason, // EXPECT: missing-legal-basis
        @Sensitive(category = SpecialCategory.HEALTH, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE) String referralNote, // clean: own condition, legal basis from the record
        LocalDateTime preferredSlot) { // clean: not annotated

    public AppointmentRequest {
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(preferredSlot, "preferredSlot");
    }

    public boolean isUrgent() {
        return preferredSlot.isBefore(LocalDateTime.now().plusDays(1));
    }
}
