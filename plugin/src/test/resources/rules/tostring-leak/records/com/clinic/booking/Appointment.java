package com.clinic.booking;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.time.LocalDateTime;

/** An appointment; the generated toString shows every component, the declared ones too. */
public record Appointment( // EXPECT: tostring-leak
        String appointmentId,
        LocalDateTime slot,
        @PersonalData(category = Category.IDENTITY, purposes = "booking", retention = "P1Y", legalBasis = LegalBasis.CONTRACT) String patientName,
        @Sensitive(category = SpecialCategory.HEALTH, purposes = "booking", retention = "P1Y",
                legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE) String reasonForVisit) {
}
