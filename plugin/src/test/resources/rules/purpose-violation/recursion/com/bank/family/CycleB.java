package com.bank.family;

import io.github.pdguard.annotations.ProcessingPurpose;

/** The other half of the cycle. */
@ProcessingPurpose("marketing")
public class CycleB {
    private CycleA other;

    public String id(Relative relative, int depth) {
        return relative.getRelativeId() + other.name(relative, depth - 1); // EXPECT: purpose-violation
    }
}
