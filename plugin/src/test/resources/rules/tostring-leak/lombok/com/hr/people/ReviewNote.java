package com.hr.people;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.ToString;

/** @ToString options: only explicitly included members, or members excluded by name. */
@ToString(onlyExplicitlyIncluded = true)
public class ReviewNote { // clean: only the undeclared rating is included
    @ToString.Include
    private int rating;

    @PersonalData(category = Category.IDENTITY, purposes = "performance-review", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String reviewer;

    @PersonalData(category = Category.OTHER, purposes = "performance-review", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String comment;
}

@ToString(onlyExplicitlyIncluded = true)
class ReviewSummary { // EXPECT: tostring-leak
    @ToString.Include
    private int rating;

    @ToString.Include
    @PersonalData(category = Category.IDENTITY, purposes = "performance-review", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String employeeName;
}

@ToString(exclude = {"homePhone", "homeAddress"})
class RemoteWorkAgreement { // clean: both declared fields are excluded by name
    private String agreementId;

    @PersonalData(category = Category.CONTACT, purposes = "hr", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String homePhone;

    @PersonalData(category = Category.CONTACT, purposes = "hr", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String homeAddress;
}

@ToString(exclude = "homePhone")
class OnCallAgreement { // EXPECT: tostring-leak
    private String agreementId;

    @PersonalData(category = Category.CONTACT, purposes = "hr", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String homePhone;

    @PersonalData(category = Category.CONTACT, purposes = "hr", retention = "P3Y", legalBasis = LegalBasis.CONTRACT)
    private String homeAddress;
}

@lombok.ToString
class Badge { // EXPECT: tostring-leak
    private String badgeNumber;

    @PersonalData(category = Category.IDENTITY, purposes = "site-security", retention = "P1Y", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
    private String printedName;

    private static String issuer = "HR";
}
