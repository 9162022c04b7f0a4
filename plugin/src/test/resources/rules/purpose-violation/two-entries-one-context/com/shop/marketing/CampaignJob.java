package com.shop.marketing;

import com.shop.customers.Customer;
import com.shop.util.Greeting;
import io.github.pdguard.annotations.ProcessingPurpose;

import java.util.List;

/** Both methods run in the marketing context and reach the same helper: one path must be named, always the same. */
@ProcessingPurpose("marketing")
public class CampaignJob {
    public void sendWeekly(List<Customer> customers) {
        for (Customer customer : customers) {
            send(Greeting.salutation(customer));
        }
    }

    public void sendReminder(Customer customer) {
        send(Greeting.salutation(customer));
    }

    private void send(String text) {
        System.nanoTime();
    }
}
