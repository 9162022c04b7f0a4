package com.example.helpdesk.order;

/** Prints shipping labels on the warehouse printer; in development, to the console. */
public class ShippingLabelPrinter {

    public void print(Order order) {
        String recipient = order.getRecipientName();
        String lines = order.getShippingAddress().format();
        System.out.println("=== label for order " + order.getId() + " ===");
        System.out.println(recipient);
        System.out.println(lines);
    }
}
