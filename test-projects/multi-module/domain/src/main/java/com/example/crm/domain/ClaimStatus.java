package com.example.crm.domain;

/** Where a claim stands. */
public enum ClaimStatus {
    REPORTED,
    APPROVED,
    REJECTED,
    PAID
}
