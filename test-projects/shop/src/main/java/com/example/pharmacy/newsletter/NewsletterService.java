package com.example.pharmacy.newsletter;

import com.example.pharmacy.common.MailGateway;
import com.example.pharmacy.common.Masking;
import com.example.pharmacy.common.NotFoundException;
import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Newsletter sign-up with double opt-in, and unsubscribe. */
@ProcessingPurpose(Purposes.NEWSLETTER)
public class NewsletterService {

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterService.class);
    private static final String CONFIRM_SUBJECT = "Please confirm your newsletter subscription";

    private final NewsletterRepository subscriptions;
    private final MailGateway mail;
    private final Clock clock;

    public NewsletterService(NewsletterRepository subscriptions, MailGateway mail, Clock clock) {
        this.subscriptions = subscriptions;
        this.mail = mail;
        this.clock = clock;
    }

    public NewsletterSubscription subscribe(@PersonalData(category = Category.CONTACT) String email) {
        boolean incomplete = email == null || email.isBlank() || !email.contains("@");
        LOG.debug("newsletter sign-up received, address usable: {}", !incomplete);
        if (incomplete) {
            throw new IllegalArgumentException("please enter a valid e-mail address");
        }
        if (subscriptions.exists(email.trim())) {
            throw new IllegalStateException("this address is already subscribed");
        }
        NewsletterSubscription subscription = new NewsletterSubscription(subscriptions.nextId(), email.trim().toLowerCase(Locale.ROOT), clock.instant());
        subscriptions.save(subscription);
        mail.send(subscription.getEmail(), CONFIRM_SUBJECT, "Click the link to confirm: https://pharmacy.example/newsletter/confirm/" + subscription.getId());
        LOG.info("confirmation mail sent to {}", subscription.getEmail());
        return subscription;
    }

    public void confirm(long subscriptionId) {
        NewsletterSubscription subscription = subscriptions.findById(subscriptionId).orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
        subscription.confirm(clock.instant());
        LOG.info("subscription {} confirmed", subscriptionId);
    }

    public void unsubscribe(long subscriptionId) {
        NewsletterSubscription subscription = subscriptions.findById(subscriptionId).orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
        subscriptions.delete(subscriptionId);
        LOG.info("subscription {} ({}) cancelled", subscriptionId, Masking.maskEmail(subscription.getEmail()));
    }
}
