package com.example.clinic.appointment;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.time.LocalDateTime;

/** A booked appointment. The reason the patient gave is health data. */
public class Appointment {

    private final long id;
    private final long patientId;
    private final long practitionerId;
    private final LocalDateTime start;
    private AppointmentStatus status = AppointmentStatus.BOOKED;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = {Purposes.APPOINTMENTS, Purposes.TREATMENT}, retention = "P1Y", legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private final String reasonForVisit;

    public Appointment(long id, long patientId, long practitionerId, LocalDateTime start, String reason) {
        this.id = id;
        this.patientId = patientId;
        this.practitionerId = practitionerId;
        this.start = start;
        this.reasonForVisit = reason;
    }

    public long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public long getPractitionerId() {
        return practitionerId;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public String getReasonForVisit() {
        return reasonForVisit;
    }

    public void cancel() {
        status = AppointmentStatus.CANCELLED;
    }

    public void complete() {
        status = AppointmentStatus.COMPLETED;
    }
}
