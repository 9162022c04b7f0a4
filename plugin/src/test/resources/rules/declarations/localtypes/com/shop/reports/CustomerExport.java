package com.shop.reports;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.util.List;
import java.util.function.Supplier;

/** Exports customers for the accountant. Declarations inside method bodies are declarations too. */
public class CustomerExport {

    public List<String> rows(List<String> emails) {
        record Row(
                @PersonalData(category = Category.CONTACT, purposes = "billing") String email) { // EXPECT: missing-retention
        }

        class Cache {
            @PersonalData(category = Category.CONTACT, purposes = "billing", retention = "forever")
            String lastEmail; // EXPECT: invalid-declaration
        }

        Supplier<String> header = new Supplier<>() {
            @PersonalData(category = Category.IDENTITY, retention = "P1D")
            private String preparedBy; // EXPECT: missing-purpose

            @Override
            public String get() {
                return "email";
            }
        };
        return emails.stream().map(e -> new Row(e).email()).toList();
    }
}
