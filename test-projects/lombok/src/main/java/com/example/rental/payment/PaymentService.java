package com.example.rental.payment;

import com.example.rental.booking.Booking;
import com.example.rental.common.Masking;
import com.example.rental.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.YearMonth;
import lombok.extern.slf4j.Slf4j;

/** Charges bookings to the card on file. */
@Slf4j
@ProcessingPurpose(Purposes.BILLING)
public class PaymentService {

    public void charge(Booking booking, PaymentCard card) {
        if (card.getExpiry().isBefore(YearMonth.now())) {
            log.warn("card of driver {} expired in {}", card.getDriverId(), card.getExpiry());
            throw new PaymentDeclinedException("card expired for booking " + booking.getBookingNumber());
        }
        log.info("charging {} EUR for booking {} to {}", booking.getPrice(), booking.getBookingNumber(),
                Masking.cardNumber(card.getCardNumber()));
        log.debug("card holder name has {} characters", card.getHolderName().length());
    }

    public void refund(Booking booking, PaymentCard card) {
        log.info("refunding booking {} to {}", booking.getBookingNumber(), card);
    }
}
