package com.shop.marketing;

import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.List;

/** Sends the newsletter. @ProcessingPurpose values are checked against the catalogue too. */
@ProcessingPurpose("newsleter")
public class NewsletterSender { // EXPECT: invalid-declaration

    @ProcessingPurpose(ShopPurposes.NEWSLETTER)
    public void send(List<Subscriber> subscribers) { // clean: in the catalogue
        subscribers.forEach(s -> deliver(s.getEmail()));
    }

    @ProcessingPurpose({ShopPurposes.MARKETING, "newsletters"})
    public void sendVoucher(Subscriber subscriber) { // EXPECT: invalid-declaration
        deliver(subscriber.getEmail());
    }

    private void deliver(String address) {
        // handed to the mail gateway
    }
}
