package com.clinic.booking;

/** A treatment room: a record without declared components. */
public record Room(String building, int floor, String number) { // clean: nothing declared
}
