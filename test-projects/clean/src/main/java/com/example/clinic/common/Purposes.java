package com.example.clinic.common;

/** The processing purposes of the clinic, as listed in the records of processing (Art. 30). */
public final class Purposes {

    /** Registering patients, keeping their master data, access and erasure requests. */
    public static final String PATIENT_ADMIN = "patient-administration";

    /** Booking, moving and cancelling appointments. */
    public static final String APPOINTMENTS = "appointment-scheduling";

    /** Reminder e-mails the day before an appointment. */
    public static final String REMINDERS = "appointment-reminders";

    /** Examination and treatment; the medical record (Art. 9(2)(h)). */
    public static final String TREATMENT = "treatment";

    /** Invoices to patients and their health insurers. */
    public static final String BILLING = "billing";

    private Purposes() {
    }
}
