package com.example.newsletter;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sign-up and confirmation of newsletter subscriptions. */
public class NewsletterService {
    private static final Logger LOG = LoggerFactory.getLogger(NewsletterService.class);

    private final Map<Long, Subscriber> subscribers = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock = Clock.systemUTC();

    public long subscribe(String address) {
        Subscriber subscriber = new Subscriber(sequence.incrementAndGet(), address, clock.instant());
        subscribers.put(subscriber.getId(), subscriber);
        LOG.info("subscriber {} signed up", subscriber.getId());
        return subscriber.getId();
    }

    public void confirm(long id) {
        Subscriber subscriber = subscribers.get(id);
        LOG.info("confirmed {}", subscriber.getEmail());
    }
}
