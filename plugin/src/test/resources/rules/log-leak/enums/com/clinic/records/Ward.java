package com.clinic.records;

/** Wards of the clinic: not personal data. */
public enum Ward {
    CARDIOLOGY, ONCOLOGY, MATERNITY
}
