package com.example.clinic.medical;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.time.Instant;

/** A note the practitioner writes after an examination. Every instance is health data. */
@Sensitive(category = SpecialCategory.HEALTH, purposes = Purposes.TREATMENT, retention = "P10Y", legalBasis = LegalBasis.LEGAL_OBLIGATION, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
public class ClinicalNote {

    private final long id;
    private final long appointmentId;
    private final long patientId;
    private final Instant writtenAt;

    @Sensitive(category = SpecialCategory.HEALTH)
    private final String findings;

    @Sensitive(category = SpecialCategory.HEALTH)
    private final String icd10Code;

    public ClinicalNote(long id, long appointmentId, long patientId, String observations, String code, Instant writtenAt) {
        this.id = id;
        this.appointmentId = appointmentId;
        this.patientId = patientId;
        this.findings = observations;
        this.icd10Code = code;
        this.writtenAt = writtenAt;
    }

    public long getId() {
        return id;
    }

    public long getAppointmentId() {
        return appointmentId;
    }

    public long getPatientId() {
        return patientId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getFindings() {
        return findings;
    }

    public String getIcd10Code() {
        return icd10Code;
    }
}
