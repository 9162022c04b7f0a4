package com.example.library;

import java.time.LocalDate;

/** A book lent to a member until the due date. */
public record Loan(long memberId, String isbn, LocalDate lentOn, LocalDate dueOn) {

    public boolean isOverdue(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
