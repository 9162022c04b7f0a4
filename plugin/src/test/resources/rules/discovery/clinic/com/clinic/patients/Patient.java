package com.clinic.patients;

import java.util.List;

/** A patient record of a legacy practice system. */
public class Patient {
    private String fullName; // EXPECT: unannotated-personal-data
    private String diagnosis; // EXPECT: unannotated-personal-data
    private List<String> allergies; // EXPECT: unannotated-personal-data
    private String bloodType; // EXPECT: unannotated-personal-data
    private double weightKg; // EXPECT: unannotated-personal-data
    private String insuranceNumber; // clean: not in the dictionary
    private String religion; // EXPECT: unannotated-personal-data
    private byte[] fingerprintTemplate; // EXPECT: unannotated-personal-data
    private String certificateFingerprint; // clean: a certificate's fingerprint
}
