package com.example.pharmacy.common;

/**
 * The processing purposes of the pharmacy, as listed in our records of processing (Art. 30).
 * Use these constants in {@code @PersonalData(purposes = ...)} and {@code @ProcessingPurpose}.
 */
public final class Purposes {

    /** Customer account: registration, login, profile, erasure requests. */
    public static final String ACCOUNT = "account-management";

    /** Picking, packing and shipping orders. */
    public static final String ORDER_FULFILMENT = "order-fulfilment";

    /** Charging customers, direct debits and invoices (kept for the tax authorities). */
    public static final String BILLING = "billing";

    /** Checking and dispensing prescription medicines (pharmacist duties). */
    public static final String DISPENSING = "dispensing";

    /** Reminding customers that a repeat prescription can be refilled. */
    public static final String REFILL_REMINDERS = "refill-reminders";

    /** The e-mail newsletter people sign up for (double opt-in). */
    public static final String NEWSLETTER = "newsletter";

    /** Campaigns, vouchers and personalised offers. */
    public static final String MARKETING = "marketing";

    /** Answering support tickets and call-back requests. */
    public static final String SUPPORT = "customer-support";

    private Purposes() {
    }
}
