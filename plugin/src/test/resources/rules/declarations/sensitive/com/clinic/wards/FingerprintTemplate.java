package com.clinic.wards;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** Biometric access to the medicine cabinet. The type-level declaration lacks both. */
@Sensitive(category = SpecialCategory.BIOMETRIC, purposes = "access-control", retention = "P1Y")
public class FingerprintTemplate { // EXPECT: missing-legal-basis

    @Sensitive(category = SpecialCategory.BIOMETRIC, legalBasis = LegalBasis.CONSENT)
    private byte[] fingerprint; // EXPECT: missing-legal-basis

    @Sensitive(category = SpecialCategory.BIOMETRIC, legalBasis = LegalBasis.CONSENT, condition = Article9Condition.EXPLICIT_CONSENT)
    private byte[] faceTemplate; // clean: own legal basis and condition

    private String employeeNumber; // clean: not annotated
}
