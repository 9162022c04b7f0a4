package com.example.helpdesk.support;

/** Where a support ticket is. */
public enum TicketStatus {
    OPEN, WAITING_FOR_CUSTOMER, CLOSED
}
