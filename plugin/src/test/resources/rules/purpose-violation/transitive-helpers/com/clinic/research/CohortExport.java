package com.clinic.research;

import com.clinic.patients.Patient;
import com.clinic.util.PatientFormatter;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.List;

/** Exports cohorts for research: reaches the name through two helpers in another package. */
@ProcessingPurpose("research")
public class CohortExport {
    public List<String> rows(List<Patient> cohort) {
        return cohort.stream().map(PatientFormatter::headline).toList(); // clean: passing patients is not a use
    }

    public List<String> pseudonymousRows(List<Patient> cohort) {
        return cohort.stream().map(PatientFormatter::pseudonymous).toList(); // clean
    }
}
