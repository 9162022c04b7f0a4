package com.example.crm.domain;

/** The purposes of processing in the records of processing activities, as constants for the annotations. */
public final class Purposes {

    /** Concluding and administering insurance contracts. */
    public static final String CONTRACT = "contract-administration";

    /** Assessing risks and pricing before a contract is offered. */
    public static final String UNDERWRITING = "underwriting";

    /** Handling claims and paying out benefits. */
    public static final String CLAIMS = "claims-handling";

    /** Selling new or upgraded products. */
    public static final String SALES = "sales";

    /** The monthly newsletter the customer subscribed to. */
    public static final String NEWSLETTER = "newsletter";

    private Purposes() {
    }
}
