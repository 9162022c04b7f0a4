package com.example.rental.payment;

import com.example.rental.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.YearMonth;
import lombok.ToString;
import lombok.Value;

/** A card on file. The holder's name is excluded from the generated toString; the card number is not. */
@Value
public class PaymentCard {
    long driverId;

    @PersonalData(category = Category.FINANCIAL, purposes = Purposes.BILLING, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    String cardNumber;

    @ToString.Exclude
    @PersonalData(category = Category.IDENTITY, purposes = Purposes.BILLING, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    String holderName;

    YearMonth expiry;
}
