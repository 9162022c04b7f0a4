package com.shop.reports;

import java.util.List;

/** A nightly export nobody declared a purpose for: not purpose-checked, but undeclared-purpose reports its reads. */
public class ExportJob {
    public String csv(List<Subscriber> subscribers) {
        StringBuilder csv = new StringBuilder();
        for (Subscriber subscriber : subscribers) {
            csv.append(subscriber.getId()).append(';')
                    .append(subscriber.getEmail()).append(';') // EXPECT: undeclared-purpose
                    .append(SubscriberText.interests(subscriber)).append('\n'); // clean: the read is inside SubscriberText
        }
        return csv.toString();
    }

    public int count(List<Subscriber> subscribers) {
        return subscribers.size(); // clean: holding subscribers is not a read
    }
}
