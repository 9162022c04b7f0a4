package com.shop.accounts;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.LocalDate;

/** A shop user account. */
public class UserAccount {
    private long accountId;

    @PersonalData(category = Category.CONTACT, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String email;

    @PersonalData(category = Category.CREDENTIAL, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private String passwordHash;

    @PersonalData(category = Category.IDENTITY, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private LocalDate dateOfBirth;

    @PersonalData(category = Category.DEMOGRAPHIC, purposes = "accounts", retention = "P2Y", legalBasis = LegalBasis.CONTRACT)
    private int age;

    public long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public int getAge() {
        return age;
    }
}
