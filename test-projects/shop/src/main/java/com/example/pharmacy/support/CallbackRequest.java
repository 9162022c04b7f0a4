package com.example.pharmacy.support;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDateTime;

/** A customer asks to be called back about a ticket. */
public record CallbackRequest(
        long ticketId,
        @PersonalData(category = Category.CONTACT, retention = "P30D") String phoneNumber,
        LocalDateTime preferredTime) {

    @Override
    public String toString() {
        return "CallbackRequest[ticket=" + ticketId + ", at=" + preferredTime + "]";
    }
}
