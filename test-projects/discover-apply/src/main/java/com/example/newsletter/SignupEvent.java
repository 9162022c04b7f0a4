package com.example.newsletter;

import java.time.Instant;

/** Recorded for the double opt-in: who signed up, when and from where. */
public record SignupEvent(long subscriberId, Instant at, String ipAddress, String userAgent) {
}
