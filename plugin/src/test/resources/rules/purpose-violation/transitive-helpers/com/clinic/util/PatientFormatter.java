package com.clinic.util;

import com.clinic.patients.Patient;

/** Undeclared helpers: they run in every context that calls them, transitively. */
public final class PatientFormatter {
    private PatientFormatter() {
    }

    public static String headline(Patient patient) {
        return label(patient) + " (" + patient.getBirthYear() + ")"; // EXPECT: purpose-violation
    }

    static String label(Patient patient) {
        return patient.getName() + ": " + patient.getDiagnosis(); // EXPECT: purpose-violation, purpose-violation, purpose-violation
    }

    public static String pseudonymous(Patient patient) {
        return patient.getPseudonym() + ": " + patient.getDiagnosis(); // clean: diagnosis allows treatment and research
    }

    public static String forgotten(Patient patient) {
        return patient.getName(); // clean: no declared context calls this
    }
}
