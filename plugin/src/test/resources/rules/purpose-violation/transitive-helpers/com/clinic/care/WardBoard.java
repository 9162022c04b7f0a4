package com.clinic.care;

import com.clinic.patients.Patient;
import com.clinic.util.PatientFormatter;
import io.github.pdguard.annotations.ProcessingPurpose;

/** The ward's whiteboard: the same helpers in the "treatment" context are fine. */
@ProcessingPurpose("treatment")
public class WardBoard {
    public String line(Patient patient) {
        return PatientFormatter.headline(patient); // clean
    }
}
