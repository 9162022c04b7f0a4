package com.gym.billing;

import static java.util.Objects.requireNonNull;

/** A monthly invoice. */
public record Invoice(String invoiceNumber, String iban, java.math.BigDecimal amount) {
    public Invoice {
        requireNonNull(invoiceNumber);
    }
}
