package com.example.rental.customer;

import com.example.rental.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDate;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;
import lombok.ToString;

/** A registered driver. Every declared field is kept out of the generated toString. */
@Data
@NoArgsConstructor
@AllArgsConstructor
public class Driver {

    private long driverId;

    @ToString.Exclude
    @PersonalData(category = Category.IDENTITY, purposes = {Purposes.RENTAL, Purposes.BILLING}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String fullName;

    @ToString.Exclude
    @PersonalData(category = Category.CONTACT, purposes = {Purposes.RENTAL, Purposes.BILLING, Purposes.MARKETING}, retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @ToString.Exclude
    @PersonalData(category = Category.GOVERNMENT_ID, purposes = Purposes.RENTAL, retention = "P3Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private String licenceNumber;

    @ToString.Exclude
    @PersonalData(category = Category.IDENTITY, purposes = Purposes.RENTAL, retention = "P3Y", legalBasis = LegalBasis.LEGAL_OBLIGATION)
    private LocalDate dateOfBirth;

    private boolean marketingConsent;

    private int completedRentals;
}
