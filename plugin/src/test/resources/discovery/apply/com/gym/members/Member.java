package com.gym.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member of the gym, as the desk software has always stored it.
 */
public class Member {
    private final long id;

    /** As printed on the membership card. */
    private String firstName, lastName;

    @Deprecated
    private String email; // the old login, kept for the newsletter

    private LocalDate dateOfBirth;
    private final List<String> phoneNumbers = new ArrayList<>();
    private Category category = Category.STANDARD;
    private String emailTemplate = "welcome";

    @SuppressWarnings("pdguard:unannotated-personal-data")
    private String nickname; // shown on the leaderboard, chosen by the member

    public Member(long id) {
        this.id = id;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Category getCategory() {
        return category;
    }
}
