package com.example.clinic.web;

import com.example.clinic.appointment.BookingService;
import com.example.clinic.billing.BillingService;
import com.example.clinic.medical.MedicalRecordService;
import com.example.clinic.patient.PatientRegistration;
import com.example.clinic.patient.PatientService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP entry points of the booking portal (framework glue omitted; one method per route). */
public class ClinicController {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicController.class);

    private final PatientService patientService;
    private final BookingService bookingService;
    private final MedicalRecordService medicalRecords;
    private final BillingService billing;

    public ClinicController(PatientService patientService, BookingService bookingService, MedicalRecordService medicalRecords, BillingService billing) {
        this.patientService = patientService;
        this.bookingService = bookingService;
        this.medicalRecords = medicalRecords;
        this.billing = billing;
    }

    /** POST /patients */
    public String register(HttpServletRequest request) {
        LOG.debug("{} {}", request.getMethod(), request.getRequestURI());
        long patientId = patientService.register(PatientRegistration.from(request));
        LOG.info("patient {} registered via the portal", patientId);
        return "201 /patients/" + patientId;
    }

    /** POST /patients/{id}/appointments */
    public String book(HttpServletRequest request, long patientId) {
        long practitionerId = Long.parseLong(request.getParameter("practitioner"));
        LocalDateTime start = LocalDateTime.parse(request.getParameter("start"));
        long appointmentId = bookingService.book(patientId, practitionerId, start, request.getParameter("reason"));
        LOG.info("appointment {} booked via the portal for {}", appointmentId, start);
        return "201 /appointments/" + appointmentId;
    }

    /** DELETE /appointments/{id} */
    public String cancel(long appointmentId) {
        bookingService.cancel(appointmentId);
        return "204";
    }

    /** POST /appointments/{id}/notes (practitioners only) */
    public String addNote(HttpServletRequest request, long appointmentId) {
        long noteId = medicalRecords.addNote(appointmentId, request.getParameter("findings"), request.getParameter("icd10"));
        String invoiceNumber = billing.bill(appointmentId);
        LOG.info("note {} saved, invoice {} created", noteId, invoiceNumber);
        return "201 /notes/" + noteId;
    }

    /** GET /patients/{id}/data (Art. 15 access request from the patient portal) */
    public String accessReport(long patientId) {
        LOG.info("access report requested for patient {}", patientId);
        return patientService.accessReport(patientId);
    }

    /** DELETE /patients/{id} */
    public String erase(long patientId) {
        patientService.erase(patientId);
        LOG.info("erasure of patient {} completed", patientId);
        return "204";
    }
}
