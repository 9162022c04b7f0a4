package com.example.pharmacy.support;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.time.Instant;

/** A support request. The type-level declaration sets a retention but forgets the purposes. */
@PersonalData(category = Category.OTHER, retention = "P1Y")
public class SupportTicket {

    private final long id;
    private final long customerId;

    @PersonalData(category = Category.CONTACT)
    private final String contactEmail;

    @PersonalData(category = Category.OTHER, purposes = Purposes.SUPPORT)
    private final String message;

    private final Instant openedAt;
    private boolean closed;

    public SupportTicket(long id, long customerId, String replyTo, String text, Instant openedAt) {
        this.id = id;
        this.customerId = customerId;
        this.contactEmail = replyTo;
        this.message = text;
        this.openedAt = openedAt;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getMessage() {
        return message;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public boolean isClosed() {
        return closed;
    }

    public void close() {
        this.closed = true;
    }
}
