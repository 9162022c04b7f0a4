package com.example.pharmacy.newsletter;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs nightly: deletes sign-ups that were not confirmed within 30 days. */
@ProcessingPurpose(Purposes.NEWSLETTER)
public class UnconfirmedSubscriptionCleanupJob implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(UnconfirmedSubscriptionCleanupJob.class);
    private static final Duration CONFIRMATION_WINDOW = Duration.ofDays(30);

    private final NewsletterRepository subscriptions;
    private final Clock clock;

    public UnconfirmedSubscriptionCleanupJob(NewsletterRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    @Override
    public void run() {
        Instant cutoff = clock.instant().minus(CONFIRMATION_WINDOW);
        int removed = subscriptions.deleteUnconfirmedBefore(cutoff);
        LOG.info("newsletter cleanup removed {} unconfirmed sign-ups older than {}", removed, cutoff);
    }
}
