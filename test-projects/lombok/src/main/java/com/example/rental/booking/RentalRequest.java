package com.example.rental.booking;

import com.example.rental.common.Purposes;
import com.example.rental.fleet.CarCategory;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDateTime;
import lombok.Builder;
import lombok.Value;

/** What the booking form submits. The generated toString would show the e-mail, so it is excluded. */
@Value
@Builder
public class RentalRequest {
    @lombok.ToString.Exclude
    @PersonalData(category = Category.CONTACT, purposes = {Purposes.RENTAL, Purposes.BILLING}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    String email;

    CarCategory category;

    LocalDateTime pickupAt;

    int days;

    @lombok.ToString.Exclude
    @PersonalData(category = Category.CONTACT, purposes = Purposes.RENTAL, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    String deliveryAddress;
}
