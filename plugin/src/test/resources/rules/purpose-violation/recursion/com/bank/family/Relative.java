package com.bank.family;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.util.List;

/** A relative in a family account tree. */
public class Relative {
    private String relativeId;
    private Relative guardian;
    private List<Relative> children;

    @PersonalData(category = Category.IDENTITY, purposes = "account-service", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private String name;

    public String getRelativeId() {
        return relativeId;
    }

    public Relative getGuardian() {
        return guardian;
    }

    public List<Relative> getChildren() {
        return children;
    }

    public String getName() {
        return name;
    }
}
