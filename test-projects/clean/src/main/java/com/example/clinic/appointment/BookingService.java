package com.example.clinic.appointment;

import com.example.clinic.common.MailGateway;
import com.example.clinic.common.NotFoundException;
import com.example.clinic.common.Purposes;
import com.example.clinic.patient.Patient;
import com.example.clinic.patient.PatientRepository;
import com.example.clinic.practitioner.Practitioner;
import com.example.clinic.practitioner.PractitionerDirectory;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Books and cancels appointments and confirms them by e-mail. */
@ProcessingPurpose(Purposes.APPOINTMENTS)
public class BookingService {

    private static final Logger LOG = LoggerFactory.getLogger(BookingService.class);

    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final PractitionerDirectory practitioners;
    private final MailGateway mail;
    private final Clock clock;

    public BookingService(AppointmentRepository appointments, PatientRepository patients, PractitionerDirectory practitioners, MailGateway mail, Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.practitioners = practitioners;
        this.mail = mail;
        this.clock = clock;
    }

    public long book(long patientId, long practitionerId, LocalDateTime start, String reason) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        Practitioner practitioner = practitioners.find(practitionerId).orElseThrow(() -> new NotFoundException("practitioner", practitionerId));
        if (start.isBefore(LocalDateTime.now(clock))) {
            throw new IllegalArgumentException("appointments cannot be booked in the past");
        }
        if (appointments.isTaken(practitionerId, start)) {
            throw new IllegalStateException("practitioner " + practitionerId + " is not available at " + start);
        }
        long id = appointments.nextId();
        appointments.save(new Appointment(id, patientId, practitionerId, start, reason));
        String text = "Dear " + patient.getFirstName() + " " + patient.getLastName() + ",\n\nyour appointment with " + practitioner.displayName() + " on " + start + " is confirmed.";
        mail.send(patient.getEmail(), "Appointment confirmation", text);
        LOG.info("appointment {} booked with practitioner {} at {}", id, practitionerId, start);
        return id;
    }

    public void cancel(long appointmentId) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow(() -> new NotFoundException("appointment", appointmentId));
        AppointmentStatus previous = appointment.getStatus();
        if (previous != AppointmentStatus.BOOKED) {
            throw new IllegalStateException("appointment " + appointmentId + " is " + previous + " and cannot be cancelled");
        }
        appointment.cancel();
        LOG.info("appointment {} is now {}", appointmentId, AppointmentStatus.CANCELLED);
    }

    /** For the reception desk: does the booking say why the patient comes? */
    public boolean hasReason(long appointmentId) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow(() -> new NotFoundException("appointment", appointmentId));
        boolean given = appointment.getReasonForVisit() != null && !appointment.getReasonForVisit().isBlank();
        LOG.debug("appointment {} has a reason for the visit: {}", appointmentId, given);
        return given;
    }
}
