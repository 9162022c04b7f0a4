package com.clinic.records;

import static io.github.pdguard.annotations.Article9Condition.EXPLICIT_CONSENT;
import static io.github.pdguard.annotations.Category.CONTACT;
import static io.github.pdguard.annotations.Category.IDENTITY;
import static io.github.pdguard.annotations.LegalBasis.*;
import static io.github.pdguard.annotations.SpecialCategory.HEALTH;

import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;

/** Whom to call in an emergency, and what the emergency team must know. Enum constants are statically imported. */
public class EmergencyContact {

    @PersonalData(category = CONTACT, purposes = "treatment", retention = "P5Y", legalBasis = VITAL_INTERESTS)
    private String phone; // clean: static single import and static on-demand import

    @PersonalData(category = {IDENTITY, CONTACT}, purposes = "treatment", retention = "P5Y", legalBasis = {CONSENT, CONTRACT})
    private String name; // clean: arrays of statically imported constants

    @Sensitive(category = HEALTH, purposes = "treatment", retention = "P5Y", legalBasis = CONSENT, condition = EXPLICIT_CONSENT)
    private String bloodType; // clean: legal basis and condition both resolved from static imports

    @Sensitive(category = HEALTH, purposes = "treatment", retention = "P5Y", legalBasis = VITAL_INTERESTS)
    private String allergies; // EXPECT: missing-legal-basis

    @PersonalData(category = CONTACT_DETAILS, purposes = "treatment", retention = "P5Y")
    private String relationship; // EXPECT: invalid-declaration

    public String getPhone() {
        return phone;
    }
}
