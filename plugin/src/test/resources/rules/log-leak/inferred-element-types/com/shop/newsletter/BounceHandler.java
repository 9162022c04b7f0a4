package com.shop.newsletter;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SPEC 3.1: calling a getter whose body returns an annotated field is a source, whatever the
 * receiver expression. Here the receiver's type comes from a generic declaration (a lambda
 * parameter typed by its target, a Map.Entry value) rather than from a written-out type.
 */
public class BounceHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BounceHandler.class);

    private final Consumer<Subscriber> onBounce = s -> LOG.warn("bounced: {}", s.getEmail()); // EXPECT: log-leak
    private final Consumer<Subscriber> onBounceById = s -> LOG.warn("bounced: {}", s.getSubscriberId()); // clean

    public void handle(Map<String, Subscriber> bySubscriberId) {
        for (Map.Entry<String, Subscriber> entry : bySubscriberId.entrySet()) {
            LOG.info("bounce for {}", entry.getValue().getEmail()); // EXPECT: log-leak
            LOG.info("bounce for {}", entry.getKey()); // clean: subscriber id
        }
        Function<Subscriber, String> address = s -> s.getEmail();
        LOG.info("first {}", address.apply(bySubscriberId.get("1"))); // EXPECT: log-leak
        BiConsumer<String, Subscriber> report = (id, s) -> LOG.info("{} -> {}", id, s.getEmail()); // EXPECT: log-leak
        bySubscriberId.forEach(report);
    }
}
