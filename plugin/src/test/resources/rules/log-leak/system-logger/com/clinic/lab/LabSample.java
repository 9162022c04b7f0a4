package com.clinic.lab;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;

/** A blood sample in the lab. */
public class LabSample {
    private String barcode;

    @PersonalData(category = Category.IDENTITY, purposes = "diagnostics", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    private String donorName;

    @Sensitive(category = SpecialCategory.GENETIC, purposes = "diagnostics", retention = "P1Y",
            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private String genotype;

    public String getBarcode() {
        return barcode;
    }

    public String getDonorName() {
        return donorName;
    }

    public String getGenotype() {
        return genotype;
    }
}
