package com.hr.recruiting;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.AccessLevel;
import lombok.Getter;

/** An interview slot: @Getter on the type; one field narrows its getter to package access. */
@Getter
public class Interview {
    private String room;

    @PersonalData(category = Category.IDENTITY, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONSENT)
    private String interviewerNotes;

    @Getter(AccessLevel.PACKAGE)
    @PersonalData(category = Category.CONTACT, purposes = "recruiting", retention = "P6M", legalBasis = LegalBasis.CONSENT)
    private String dialInNumber;
}
