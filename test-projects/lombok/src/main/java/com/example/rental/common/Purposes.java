package com.example.rental.common;

/** The purposes the rental company processes personal data for (records of processing, Art. 30). */
public final class Purposes {
    /** Renting cars out: identifying drivers, checking licences, handing over and taking back cars. */
    public static final String RENTAL = "rental";
    /** Charging rentals, damages and fines. */
    public static final String BILLING = "billing";
    /** Offers to former customers who agreed to receive them. */
    public static final String MARKETING = "marketing";

    private Purposes() {
    }
}
