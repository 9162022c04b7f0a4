package com.example.clinic.patient;

import com.example.clinic.common.Masking;
import com.example.clinic.common.NotFoundException;
import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.ProcessingPurpose;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registration, contact changes, access requests (Art. 15) and erasure (Art. 17). */
@ProcessingPurpose(Purposes.PATIENT_ADMIN)
public class PatientService {

    private static final Logger LOG = LoggerFactory.getLogger(PatientService.class);

    private final PatientRepository patients;

    public PatientService(PatientRepository patients) {
        this.patients = patients;
    }

    public long register(PatientRegistration form) {
        boolean complete = form.firstName() != null && form.lastName() != null && form.dateOfBirth() != null;
        boolean reachable = form.email() != null && !form.email().isBlank() && form.email().contains("@");
        LOG.debug("registration form complete: {}, e-mail usable: {}", complete, reachable);
        if (!complete || !reachable) {
            throw new IllegalArgumentException("name, date of birth and a valid e-mail address are required");
        }
        if (patients.existsWithEmail(form.email().strip())) {
            throw new IllegalStateException("a patient with this e-mail address is already registered");
        }
        long id = patients.nextId();
        patients.save(new Patient(id, form));
        LOG.info("patient {} registered", id);
        return id;
    }

    public void changeEmail(long patientId, @PersonalData(category = Category.CONTACT) String email) {
        if (email == null || email.isBlank() || !email.contains("@")) {
            throw new IllegalArgumentException("not a valid e-mail address");
        }
        require(patientId).setEmail(email.strip().toLowerCase());
        LOG.info("e-mail address of patient {} changed to {}", patientId, Masking.maskEmail(email));
    }

    public void changeMobileNumber(long patientId, String value) {
        boolean removed = value == null || value.isBlank();
        require(patientId).setMobileNumber(removed ? null : value.strip());
        LOG.info("mobile number of patient {} {}", patientId, removed ? "removed" : "changed");
    }

    /** Art. 15: the data we hold about the patient, as plain text for the patient portal. */
    public String accessReport(long patientId) {
        Patient patient = require(patientId);
        StringBuilder report = new StringBuilder();
        report.append("Name: ").append(patient.getFirstName()).append(' ').append(patient.getLastName()).append('\n');
        report.append("Date of birth: ").append(patient.getDateOfBirth()).append('\n');
        report.append("E-mail: ").append(patient.getEmail()).append('\n');
        report.append("Mobile: ").append(patient.getMobileNumber()).append('\n');
        LOG.info("access report generated for patient {}", patientId);
        return report.toString();
    }

    /** Art. 17 erasure request. */
    public void erase(long patientId) {
        if (!patients.delete(patientId)) {
            throw new NotFoundException("patient", patientId);
        }
        LOG.info("patient {} erased on request", patientId);
    }

    private Patient require(long patientId) {
        return patients.findById(patientId).orElseThrow(() -> new NotFoundException("patient", patientId));
    }
}
