package com.example.pharmacy.newsletter;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.time.Instant;

/** A newsletter sign-up. The address was collected for the newsletter and nothing else. */
public class NewsletterSubscription {

    private final long id;

    @PersonalData(category = Category.CONTACT, purposes = Purposes.NEWSLETTER, retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private final String email;

    private final Instant subscribedAt;
    private Instant confirmedAt;

    public NewsletterSubscription(long id, String recipient, Instant subscribedAt) {
        this.id = id;
        this.email = recipient;
        this.subscribedAt = subscribedAt;
    }

    public long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public Instant getSubscribedAt() {
        return subscribedAt;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public void confirm(Instant when) {
        this.confirmedAt = when;
    }
}
