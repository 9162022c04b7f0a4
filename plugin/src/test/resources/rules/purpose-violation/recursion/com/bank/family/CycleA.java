package com.bank.family;

import io.github.pdguard.annotations.ProcessingPurpose;

/** Two declared contexts that call each other: boundaries, so contexts do not flow through them. */
@ProcessingPurpose("account-service")
public class CycleA {
    private CycleB other;

    public String name(Relative relative, int depth) {
        return depth > 0 ? other.id(relative, depth - 1) : relative.getName(); // clean: account-service
    }
}
