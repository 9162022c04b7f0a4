package com.example.pharmacy.marketing;

import java.time.LocalDate;

/** A marketing campaign: a mailing with a voucher code. */
public record Campaign(long id, String title, String body, String voucherCode, LocalDate startsOn) {
}
