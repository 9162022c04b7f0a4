package com.hr.recruiting;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;
import lombok.ToString;

/** A job candidate; Lombok generates getters, setters and a toString without the excluded fields. */
@Data
public class Candidate {
    private String candidateId;
    private String position;

    @ToString.Exclude
    @PersonalData(category = Category.IDENTITY, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONSENT)
    private String fullName;

    @ToString.Exclude
    @PersonalData(category = Category.CONTACT, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONSENT)
    private String phone;

    @ToString.Exclude
    @PersonalData(category = Category.DEMOGRAPHIC, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONSENT)
    private boolean disabled;
}
