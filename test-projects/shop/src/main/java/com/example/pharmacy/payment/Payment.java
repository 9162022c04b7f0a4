package com.example.pharmacy.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** A booked direct-debit payment for one order. */
public record Payment(long id, long orderId, long paymentMethodId, BigDecimal amount, Instant bookedAt) {
}
