package com.bank.family;

import io.github.pdguard.annotations.ProcessingPurpose;

/** A marketing context reaching the recursive helpers. */
@ProcessingPurpose("marketing")
public class HouseholdMarketing {
    public String target(Relative relative) {
        return FamilyTree.lineage(relative) + " (" + FamilyTree.size(relative) + ")"; // clean: the reads are inside FamilyTree
    }

    public String alternate(Relative relative) {
        return FamilyTree.even(relative, 3) + FamilyTree.ids(relative.getChildren()); // clean
    }
}
