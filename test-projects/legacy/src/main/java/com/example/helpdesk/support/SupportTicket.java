package com.example.helpdesk.support;

import java.time.Instant;

/** A question from a customer to the support desk. */
public class SupportTicket {
    private final long id;
    private final long customerId;
    private final String customerEmail;
    private final String subject;
    private final String message;
    private String callbackPhone;
    private TicketStatus status = TicketStatus.OPEN;
    private final Instant openedAt;

    public SupportTicket(long id, long customerId, String customerEmail, String subject, String message, Instant openedAt) {
        this.id = id;
        this.customerId = customerId;
        this.customerEmail = customerEmail;
        this.subject = subject;
        this.message = message;
        this.openedAt = openedAt;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getMessage() {
        return message;
    }

    public String getCallbackPhone() {
        return callbackPhone;
    }

    public void setCallbackPhone(String callbackPhone) {
        this.callbackPhone = callbackPhone;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public void setStatus(TicketStatus status) {
        this.status = status;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}
