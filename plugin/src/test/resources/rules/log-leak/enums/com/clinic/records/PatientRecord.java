package com.clinic.records;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A patient's record. */
public class PatientRecord {
    private final String recordNumber;
    private final BloodType bloodType;
    private final Ward ward;

    @PersonalData(category = Category.DEMOGRAPHIC, purposes = "treatment", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private final Gender gender;

    public PatientRecord(String recordNumber, BloodType bloodType, Ward ward, Gender gender) {
        this.recordNumber = recordNumber;
        this.bloodType = bloodType;
        this.ward = ward;
        this.gender = gender;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public BloodType getBloodType() {
        return bloodType;
    }

    public Ward getWard() {
        return ward;
    }

    public Gender getGender() {
        return gender;
    }

    public enum Gender {
        FEMALE, MALE, DIVERSE, UNDISCLOSED
    }
}
