package com.example.crm.domain;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/**
 * A call-back request from the "talk to an advisor" form, as the message consumer receives it
 * (public final fields, no getters).
 */
public final class CallbackRequest {

    public final long requestId;

    @PersonalData(category = Category.IDENTITY, purposes = Purposes.SALES, retention = "P30D", legalBasis = LegalBasis.CONSENT)
    public final String name;

    @PersonalData(category = Category.CONTACT, purposes = Purposes.SALES, retention = "P30D", legalBasis = LegalBasis.CONSENT)
    public final String phoneNumber;

    public final ProductLine interestedIn;

    public final String preferredSlot;

    public CallbackRequest(long requestId, String name, String phoneNumber, ProductLine interestedIn, String preferredSlot) {
        this.requestId = requestId;
        this.name = name;
        this.phoneNumber = phoneNumber;
        this.interestedIn = interestedIn;
        this.preferredSlot = preferredSlot;
    }
}
