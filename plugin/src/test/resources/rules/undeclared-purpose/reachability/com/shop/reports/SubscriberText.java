package com.shop.reports;

/** Helpers: one reached from the newsletter context, the others from nowhere declared. */
final class SubscriberText {
    private SubscriberText() {
    }

    static String address(Subscriber subscriber) {
        return subscriber.getEmail(); // clean: reached from the newsletter context
    }

    static String interests(Subscriber subscriber) {
        return subscriber.getInterests(); // EXPECT: undeclared-purpose
    }
}
