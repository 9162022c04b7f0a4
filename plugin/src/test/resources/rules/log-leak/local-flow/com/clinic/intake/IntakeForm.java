package com.clinic.intake;

import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.Sensitive;
import io.github.pdguard.annotations.SpecialCategory;
import java.util.List;

/** The form a patient fills in at reception. */
public class IntakeForm {
    private String formId;
    private String ward;
    private boolean emergency;
    private List<String> symptoms;

    @PersonalData(category = Category.IDENTITY, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String patientName;

    @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
    private String complaint;

    public String getFormId() {
        return formId;
    }

    public String getWard() {
        return ward;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public List<String> getSymptoms() {
        return symptoms;
    }

    public String getPatientName() {
        return patientName;
    }

    public String getComplaint() {
        return complaint;
    }
}
