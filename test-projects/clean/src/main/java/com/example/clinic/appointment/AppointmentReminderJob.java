package com.example.clinic.appointment;

import com.example.clinic.common.MailGateway;
import com.example.clinic.common.Purposes;
import com.example.clinic.patient.Patient;
import com.example.clinic.patient.PatientRepository;
import com.example.clinic.practitioner.Practitioner;
import com.example.clinic.practitioner.PractitionerDirectory;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every hour: reminds patients of appointments in the next 24 hours. */
@ProcessingPurpose(Purposes.REMINDERS)
public class AppointmentReminderJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AppointmentReminderJob.class);
    private static final String SUBJECT = "Reminder: your appointment tomorrow";

    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final PractitionerDirectory practitioners;
    private final MailGateway mail;
    private final Clock clock;
    private LocalDateTime remindedUntil;

    public AppointmentReminderJob(AppointmentRepository appointments, PatientRepository patients, PractitionerDirectory practitioners, MailGateway mail, Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.practitioners = practitioners;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void run() {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime from = remindedUntil == null || remindedUntil.isBefore(now) ? now : remindedUntil;
        LocalDateTime until = now.plusHours(24);
        List<Appointment> upcoming = appointments.findBookedBetween(from, until);
        int sent = 0;
        for (Appointment appointment : upcoming) {
            Optional<Patient> owner = patients.findById(appointment.getPatientId());
            if (owner.isEmpty()) {
                LOG.warn("appointment {} has no patient record, no reminder sent", appointment.getId());
                continue;
            }
            Patient patient = owner.get();
            String with = practitioners.find(appointment.getPractitionerId()).map(Practitioner::displayName).orElse("your practitioner");
            String text = "Dear " + patient.getFirstName() + ",\n\nthis is a reminder of your appointment with " + with + " on " + appointment.getStart() + ".";
            mail.send(patient.getEmail(), SUBJECT, text);
            sent++;
        }
        remindedUntil = until;
        LOG.info("{} of {} appointment reminders sent", sent, upcoming.size());
    }
}
