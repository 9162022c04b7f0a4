package com.hr.people;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;
import lombok.ToString;

/** An emergency contact; both declared fields are excluded from the generated toString. */
@Data
public class EmergencyContact { // clean: @ToString.Exclude on every declared field
    private String relation;

    @ToString.Exclude
    @PersonalData(category = Category.IDENTITY, purposes = "hr", retention = "P10Y", legalBasis = LegalBasis.VITAL_INTERESTS)
    private String name;

    @PersonalData(category = Category.CONTACT, purposes = "hr", retention = "P10Y", legalBasis = LegalBasis.VITAL_INTERESTS)
    @ToString.Exclude
    private String phone;
}
