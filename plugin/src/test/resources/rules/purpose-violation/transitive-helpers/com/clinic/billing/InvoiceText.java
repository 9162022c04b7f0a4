package com.clinic.billing;

import com.clinic.patients.Patient;
import com.clinic.util.PatientFormatter;
import io.github.pdguard.annotations.ProcessingPurpose;

/** Invoice texts: a third context reaching the same helpers through an instance helper of its own. */
@ProcessingPurpose("billing")
public class InvoiceText {
    private final Lines lines = new Lines();

    public String position(Patient patient) {
        return lines.describe(patient);
    }

    /** Undeclared nested helper class: takes "billing" from InvoiceText. */
    static class Lines {
        String describe(Patient patient) {
            return "Treatment of " + PatientFormatter.headline(patient); // clean: the reads are inside PatientFormatter
        }
    }
}
