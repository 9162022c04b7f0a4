package com.example.rental.fleet;

/** Rental categories (ACRISS-like). */
public enum CarCategory {
    ECONOMY, COMPACT, ESTATE, VAN, PREMIUM
}
