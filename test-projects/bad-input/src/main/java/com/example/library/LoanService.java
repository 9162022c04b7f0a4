package com.example.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Lends books and finds overdue loans. Someone committed this file half-edited. */
public class LoanService {

    private static final int LOAN_WEEKS = 3;

    private final List<Loan> loans = new ArrayList<>();
    private final Clock clock;

    public LoanService(Clock clock) {
        this.clock = clock;
    }

    public Loan lend(Member member, String isbn) {
        LocalDate today = LocalDate.now(clock);
        Loan loan = new Loan(member.getId(), isbn, today, today.plusWeeks(LOAN_WEEKS);
        loans.add(loan);
        return loan;
    }

    public List<Loan> overdue() {
        LocalDate today = LocalDate.now(clock);
        return loans.stream().filter(loan -> loan.isOverdue(today)).toList();
    }
}
