package com.example.helpdesk.support;

import java.time.LocalTime;

/** A customer asks to be called back. */
public record CallbackRequest(long ticketId, String name, String phoneNumber, LocalTime preferredTime) {
}
