package com.example.helpdesk.customer;

import java.time.LocalDate;

/** What the sign-up form posts. */
public record RegistrationRequest(
        String firstName,
        String lastName,
        String email,
        String password,
        LocalDate dateOfBirth,
        String street,
        String houseNumber,
        String postalCode,
        String city) {
}
