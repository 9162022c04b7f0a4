package com.clinic.lab;

import com.clinic.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;

/** Contexts declared with constants; a shared purpose is enough (overlapping purposes are fine). */
public class ResultProcessing {

    @ProcessingPurpose(Purposes.RESEARCH)
    public String study(LabResult result) {
        return result.getValue() + ";" + result.getInsuranceNumber(); // EXPECT: purpose-violation
    }

    @ProcessingPurpose({Purposes.QUALITY, Purposes.RESEARCH})
    public String audit(LabResult result) {
        return result.getValue() + " ordered by " + result.getOrderingDoctor(); // clean: value shares research, doctor shares quality-assurance
    }

    @ProcessingPurpose(Purposes.PREFIX + "billing")
    public String invoice(LabResult result) {
        return result.getInsuranceNumber() + " / " + result.getOrderingDoctor(); // clean: "lab-billing" built from constants
    }

    @ProcessingPurpose("Treatment")
    public String caseSensitive(LabResult result) {
        return result.getValue(); // EXPECT: purpose-violation
    }

    @ProcessingPurpose({"treatment", "lab-billing", "research"})
    public String everything(LabResult result) {
        return result.getValue() + result.getInsuranceNumber() + result.getOrderingDoctor(); // clean: each source shares one purpose
    }

    @ProcessingPurpose("research")
    public String mixed(LabResult result) {
        return result.getValue() + " by " + result.getOrderingDoctor(); // EXPECT: purpose-violation
    }
}
