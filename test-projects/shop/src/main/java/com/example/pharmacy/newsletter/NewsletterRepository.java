package com.example.pharmacy.newsletter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** In-memory store of newsletter subscriptions. */
public class NewsletterRepository {

    private final Map<Long, NewsletterSubscription> byId = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    public long nextId() {
        return sequence.incrementAndGet();
    }

    public void save(NewsletterSubscription subscription) {
        byId.put(subscription.getId(), subscription);
    }

    public Optional<NewsletterSubscription> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean exists(String value) {
        for (NewsletterSubscription subscription : byId.values()) {
            if (subscription.getEmail().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    public List<NewsletterSubscription> findConfirmed() {
        List<NewsletterSubscription> result = new ArrayList<>();
        for (NewsletterSubscription subscription : byId.values()) {
            if (subscription.isConfirmed()) {
                result.add(subscription);
            }
        }
        return result;
    }

    public boolean delete(long id) {
        return byId.remove(id) != null;
    }

    /** Removes sign-ups that were never confirmed and returns how many were removed. */
    public int deleteUnconfirmedBefore(Instant cutoff) {
        int removed = 0;
        Iterator<NewsletterSubscription> it = byId.values().iterator();
        while (it.hasNext()) {
            NewsletterSubscription subscription = it.next();
            if (!subscription.isConfirmed() && subscription.getSubscribedAt().isBefore(cutoff)) {
                it.remove();
                removed++;
            }
        }
        return removed;
    }
}
