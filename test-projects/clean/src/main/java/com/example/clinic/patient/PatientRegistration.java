package com.example.clinic.patient;

import com.example.clinic.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;

/** The registration form as submitted; it only lives for the request (P0D). */
@PersonalData(category = Category.IDENTITY, purposes = Purposes.PATIENT_ADMIN, retention = "P0D", legalBasis = LegalBasis.CONTRACT)
public record PatientRegistration(
        @PersonalData(category = Category.IDENTITY) String firstName,
        @PersonalData(category = Category.IDENTITY) String lastName,
        @PersonalData(category = Category.IDENTITY) LocalDate dateOfBirth,
        @PersonalData(category = Category.CONTACT) String email,
        @PersonalData(category = Category.CONTACT) String mobileNumber,
        @PersonalData(category = Category.GOVERNMENT_ID) String insuranceNumber,
        String insurer) {

    public static PatientRegistration from(HttpServletRequest request) {
        String born = request.getParameter("dateOfBirth");
        return new PatientRegistration(
                request.getParameter("firstName"),
                request.getParameter("lastName"),
                born == null ? null : LocalDate.parse(born),
                request.getParameter("email"),
                request.getParameter("mobile"),
                request.getParameter("insuranceNumber"),
                request.getParameter("insurer"));
    }

    @Override
    public String toString() {
        return "PatientRegistration[insurer=" + insurer + "]";
    }
}
