package com.shop.reports;

import io.github.pdguard.annotations.ProcessingPurpose;

/** Declared: its reads are purpose-checked and allowed. */
@ProcessingPurpose("newsletter")
public class NewsletterSender {
    public String to(Subscriber subscriber) {
        return SubscriberText.address(subscriber); // clean
    }
}
