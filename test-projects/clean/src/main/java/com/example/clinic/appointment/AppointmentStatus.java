package com.example.clinic.appointment;

/** Life cycle of an appointment. */
public enum AppointmentStatus {
    BOOKED, COMPLETED, CANCELLED, NO_SHOW
}
