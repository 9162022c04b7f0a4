package com.example.pharmacy.customer;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;

/** The sign-up form as submitted. It only lives for the request, hence retention P0D. */
@PersonalData(category = Category.IDENTITY, purposes = Purposes.ACCOUNT, retention = "P0D", legalBasis = LegalBasis.CONTRACT)
public record RegistrationForm(
        @PersonalData(category = Category.IDENTITY) String firstName,
        @PersonalData(category = Category.IDENTITY) String lastName,
        @PersonalData(category = Category.CONTACT) String email,
        @PersonalData(category = Category.IDENTITY) LocalDate dateOfBirth,
        @PersonalData(category = Category.CONTACT) String street,
        @PersonalData(category = Category.CONTACT) String postalCode,
        @PersonalData(category = Category.CONTACT) String city,
        String countryCode) {

    public static RegistrationForm from(HttpServletRequest request) {
        String born = request.getParameter("dateOfBirth");
        return new RegistrationForm(
                request.getParameter("firstName"),
                request.getParameter("lastName"),
                request.getParameter("email"),
                born == null ? null : LocalDate.parse(born),
                request.getParameter("street"),
                request.getParameter("postalCode"),
                request.getParameter("city"),
                request.getParameter("country"));
    }

    @Override
    public String toString() {
        return "RegistrationForm[country=" + countryCode + "]";
    }
}
