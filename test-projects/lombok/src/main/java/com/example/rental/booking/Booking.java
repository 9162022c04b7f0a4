package com.example.rental.booking;

import com.example.rental.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import lombok.Builder;
import lombok.Data;

/** A confirmed booking. Nobody excluded the delivery address from the generated toString. */
@Data
@Builder
public class Booking {
    private String bookingNumber;
    private long driverId;
    private String plate;
    private LocalDateTime pickupAt;
    private LocalDateTime returnDue;
    private BigDecimal price;

    @PersonalData(category = Category.CONTACT, purposes = Purposes.RENTAL, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String deliveryAddress;

    private boolean returned;
}
