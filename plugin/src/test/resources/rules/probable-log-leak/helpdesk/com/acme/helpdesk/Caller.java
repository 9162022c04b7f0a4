package com.acme.helpdesk;

/** A caller of the support hotline; nothing is annotated yet. */
public class Caller {
    private final String callerId;
    private String email;
    private String phoneNumber;
    private boolean emailVerified;
    private int openTickets;

    public Caller(String callerId, String email, String phoneNumber) {
        this.callerId = callerId;
        this.email = email;
        this.phoneNumber = phoneNumber;
    }

    public String getCallerId() {
        return callerId;
    }

    public String getEmail() {
        return email;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public int getOpenTickets() {
        return openTickets;
    }
}
