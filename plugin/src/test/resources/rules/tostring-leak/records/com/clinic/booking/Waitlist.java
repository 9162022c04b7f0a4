package com.clinic.booking;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.util.List;

/** A waiting list; records nested in a class are checked like top-level ones. */
public class Waitlist {
    private final List<Entry> entries;

    public Waitlist(List<Entry> entries) {
        this.entries = entries;
    }

    public record Entry( // EXPECT: tostring-leak
            int position,
            @PersonalData(category = Category.CONTACT, purposes = "booking", retention = "P30D", legalBasis = LegalBasis.CONTRACT) String callbackNumber) {
    }

    public record Summary(int waiting, int averageDays) { // clean
    }
}
