package com.clinic.common;

/** The clinic's purpose catalogue as constants. */
public final class Purposes {
    public static final String TREATMENT = "treatment";
    public static final String RESEARCH = "research";
    public static final String QUALITY = "quality-assurance";
    public static final String PREFIX = "lab-";
    public static final String LAB_BILLING = PREFIX + "billing";

    private Purposes() {
    }
}
