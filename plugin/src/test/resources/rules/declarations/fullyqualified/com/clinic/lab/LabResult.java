package com.clinic.lab;

import java.time.LocalDate;

/** A laboratory result. Annotated with fully qualified names, without imports. */
@io.github.pdguard.annotations.Sensitive(category = io.github.pdguard.annotations.SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
        legalBasis = io.github.pdguard.annotations.LegalBasis.CONTRACT, condition = io.github.pdguard.annotations.Article9Condition.HEALTH_OR_SOCIAL_CARE)
public class LabResult { // clean: complete @Sensitive declaration

    @io.github.pdguard.annotations.Sensitive(category = io.github.pdguard.annotations.SpecialCategory.GENETIC)
    private String genotype; // clean: inherits purposes, retention, legal basis and condition

    @io.github.pdguard.annotations.PersonalData(category = io.github.pdguard.annotations.Category.IDENTITY)
    private String orderingPhysician; // clean: inherits purposes and retention

    private LocalDate sampledOn; // clean: not annotated

    public LocalDate getSampledOn() {
        return sampledOn;
    }
}
