package com.example.clinic;

import com.example.clinic.appointment.AppointmentReminderJob;
import com.example.clinic.appointment.AppointmentRepository;
import com.example.clinic.appointment.BookingService;
import com.example.clinic.appointment.RetentionCleanupJob;
import com.example.clinic.billing.BillingService;
import com.example.clinic.common.MailGateway;
import com.example.clinic.medical.ClinicalNoteRepository;
import com.example.clinic.medical.MedicalRecordService;
import com.example.clinic.patient.PatientRepository;
import com.example.clinic.patient.PatientService;
import com.example.clinic.practitioner.PractitionerDirectory;
import com.example.clinic.web.ClinicController;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the booking application together and schedules the background jobs. */
public final class ClinicApplication {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicApplication.class);

    private final ClinicController controller;
    private final AppointmentReminderJob reminders;
    private final RetentionCleanupJob retentionCleanup;

    public ClinicApplication(Clock clock) {
        MailGateway mail = new MailGateway();
        PatientRepository patients = new PatientRepository();
        AppointmentRepository appointments = new AppointmentRepository();
        PractitionerDirectory practitioners = new PractitionerDirectory();

        this.controller = new ClinicController(
                new PatientService(patients),
                new BookingService(appointments, patients, practitioners, mail, clock),
                new MedicalRecordService(new ClinicalNoteRepository(), appointments, patients, clock),
                new BillingService(appointments, patients, clock));
        this.reminders = new AppointmentReminderJob(appointments, patients, practitioners, mail, clock);
        this.retentionCleanup = new RetentionCleanupJob(appointments, clock);
        LOG.info("clinic booking initialised with {} practitioners", practitioners.size());
    }

    public ClinicController controller() {
        return controller;
    }

    public ScheduledExecutorService startJobs() {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        scheduler.scheduleAtFixedRate(reminders, 0, 1, TimeUnit.HOURS);
        scheduler.scheduleAtFixedRate(retentionCleanup, 1, 24, TimeUnit.HOURS);
        return scheduler;
    }

    public static void main(String[] args) {
        new ClinicApplication(Clock.systemDefaultZone()).startJobs();
        LOG.info("clinic booking started");
    }
}
