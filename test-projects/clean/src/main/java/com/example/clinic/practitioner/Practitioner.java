package com.example.clinic.practitioner;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A doctor or therapist of the clinic. Their names are personal data too. */
public record Practitioner(
        long id,
        @PersonalData(category = Category.IDENTITY, purposes = {Purposes.APPOINTMENTS, Purposes.REMINDERS}, retention = "P5Y", legalBasis = LegalBasis.CONTRACT) String displayName,
        String specialty) {

    @Override
    public String toString() {
        return "Practitioner[id=" + id + ", specialty=" + specialty + "]";
    }
}
