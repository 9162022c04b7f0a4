package com.example.clinic.medical;

import com.example.clinic.appointment.Appointment;
import com.example.clinic.appointment.AppointmentRepository;
import com.example.clinic.appointment.AppointmentStatus;
import com.example.clinic.common.NotFoundException;
import com.example.clinic.patient.Patient;
import com.example.clinic.patient.PatientRepository;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes and reads the medical record. Its purpose ("treatment") comes from package-info.java. */
public class MedicalRecordService {

    private static final Logger LOG = LoggerFactory.getLogger(MedicalRecordService.class);

    private final ClinicalNoteRepository notes;
    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final Clock clock;

    public MedicalRecordService(ClinicalNoteRepository notes, AppointmentRepository appointments, PatientRepository patients, Clock clock) {
        this.notes = notes;
        this.appointments = appointments;
        this.patients = patients;
        this.clock = clock;
    }

    public long addNote(long appointmentId, String observations, String code) {
        Appointment appointment = appointments.findById(appointmentId).orElseThrow(() -> new NotFoundException("appointment", appointmentId));
        if (appointment.getStatus() == AppointmentStatus.CANCELLED) {
            throw new IllegalStateException("appointment " + appointmentId + " was cancelled");
        }
        long id = notes.nextId();
        notes.save(new ClinicalNote(id, appointmentId, appointment.getPatientId(), observations, code, clock.instant()));
        appointment.complete();
        LOG.info("clinical note {} added to appointment {}", id, appointmentId);
        return id;
    }

    /** The chart the practitioner sees before the examination. */
    public String chart(long patientId, long appointmentId) {
        Patient patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
        Appointment appointment = appointments.findById(appointmentId).orElseThrow(() -> new NotFoundException("appointment", appointmentId));
        StringBuilder chart = new StringBuilder();
        chart.append(patient.getLastName()).append(", ").append(patient.getFirstName());
        chart.append(" (born ").append(patient.getDateOfBirth()).append(")\n");
        chart.append("Reason for visit: ").append(appointment.getReasonForVisit()).append('\n');
        List<ClinicalNote> history = notes.findByPatient(patientId);
        for (ClinicalNote note : history) {
            chart.append(note.getIcd10Code()).append(": ").append(note.getFindings()).append('\n');
        }
        LOG.info("chart of patient {} opened with {} earlier notes", patientId, history.size());
        return chart.toString();
    }
}
