package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A customer record from before the team adopted pdguard: half of it is declared. */
public class Customer {
    public static final Pattern EMAIL_PATTERN = Pattern.compile("[^@]+@[^@]+"); // clean: a constant
    static final int MAX_EMAIL_LENGTH = 254; // clean: a constant
    public static String USERNAME = "username"; // clean: a constant by convention, though not final
    static String defaultCity = "London"; // clean: a static field initialised with a literal

    private final long id; // clean: a surrogate key is not in the dictionary
    private String name; // EXPECT: unannotated-personal-data
    private String email; // EXPECT: unannotated-personal-data
    private boolean emailVerified; // clean: the head word is "verified", and a boolean says whether, not what
    private String emailTemplate; // clean: a template, not an address
    private String phoneNumber, faxNumber; // EXPECT: unannotated-personal-data, unannotated-personal-data
    private LocalDate dateOfBirth; // EXPECT: unannotated-personal-data
    private String companyName; // clean: a company's name is not a person's
    private List<String> previousEmails = new ArrayList<>(); // EXPECT: unannotated-personal-data
    private Address billingAddress; // EXPECT: unannotated-personal-data
    private Instant createdAt; // clean: not in the dictionary
    private String passwordHash; // EXPECT: unannotated-personal-data
    private String passwordPolicy; // clean: a policy

    @PersonalData(category = Category.FINANCIAL, purposes = "billing", retention = "P10Y")
    private String iban; // clean: declared

    @SuppressWarnings("pdguard:unannotated-personal-data")
    private String displayName; // clean: suppressed on purpose

    private static String lastLoginIp; // EXPECT: unannotated-personal-data

    public Customer(long id) {
        this.id = id;
    }

    /** Someone to call in an emergency: a nested person. */
    public static class EmergencyContact {
        private String name; // EXPECT: unannotated-personal-data
        private String mobile; // EXPECT: unannotated-personal-data
        private String relation; // clean: not in the dictionary
    }

    /** The builder of a customer holds a customer's data. */
    public static final class Builder {
        private String name; // EXPECT: unannotated-personal-data
        private String email; // EXPECT: unannotated-personal-data

        public Builder email(String email) {
            this.email = email;
            return this;
        }
    }

    /** Settings nested in a person type are still settings. */
    static final class Settings {
        private String name; // clean: a settings' name
        private String password; // clean: the settings are a non-person
    }

    List<String> exportRows() {
        record Row(String name, String email, int orders) { // EXPECT: unannotated-personal-data, unannotated-personal-data
        }
        List<String> rows = new ArrayList<>();
        rows.add(new Row(name, email, 3).toString());
        return rows;
    }
}
