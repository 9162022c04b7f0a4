package com.example.newsletter;

import java.time.Instant;

/** Someone who signed up for the newsletter. */
public class Subscriber {
    private final long id;
    private final String email;
    private String firstName;
    private final Instant subscribedAt;

    public Subscriber(long id, String email, Instant subscribedAt) {
        this.id = id;
        this.email = email;
        this.subscribedAt = subscribedAt;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public Instant getSubscribedAt() {
        return subscribedAt;
    }
}
