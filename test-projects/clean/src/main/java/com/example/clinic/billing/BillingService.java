package com.example.clinic.billing;

import com.example.clinic.appointment.Appointment;
import com.example.clinic.appointment.AppointmentRepository;
import com.example.clinic.appointment.AppointmentStatus;
import com.example.clinic.common.Masking;
import com.example.clinic.common.NotFoundException;
import com.example.clinic.common.Purposes;
import com.example.clinic.patient.InsurancePolicy;
import com.example.clinic.patient.Patient;
import com.example.clinic.patient.PatientRepository;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bills completed appointments to the patient's insurer. */
@ProcessingPurpose(Purposes.BILLING)
public class BillingService {

    private static final Logger LOG = LoggerFactory.getLogger(BillingService.class);
    private static final BigDecimal CONSULTATION_FEE = new BigDecimal("65.00");

    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final Clock clock;
    private final List<ClinicInvoice> archive = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    public BillingService(AppointmentRepository appointments, PatientRepository patients, Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.clock = clock;
    }

    public String bill(long appointmentId) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow(() -> new NotFoundException("appointment", appointmentId));
        if (appointment.getStatus() != AppointmentStatus.COMPLETED) {
            throw new IllegalStateException("appointment " + appointmentId + " is " + appointment.getStatus() + "; only completed appointments are billed");
        }
        Patient patient = patients.findById(appointment.getPatientId()).orElseThrow(() -> new NotFoundException("patient", appointment.getPatientId()));
        InsurancePolicy policy = patient.getInsurance();
        LocalDate today = LocalDate.now(clock);
        String number = "C-" + today.getYear() + "-" + sequence.incrementAndGet();
        ClinicInvoice invoice = new ClinicInvoice(number, appointmentId, patient.getFirstName() + " " + patient.getLastName(), policy.insuranceNumber(), CONSULTATION_FEE, today);
        synchronized (archive) {
            archive.add(invoice);
        }
        LOG.info("invoice {} for appointment {}: {} EUR, insurance number {}", number, appointmentId, CONSULTATION_FEE, Masking.maskInsuranceNumber(policy.insuranceNumber()));
        return number;
    }

    public int archivedInvoices() {
        synchronized (archive) {
            return archive.size();
        }
    }
}
