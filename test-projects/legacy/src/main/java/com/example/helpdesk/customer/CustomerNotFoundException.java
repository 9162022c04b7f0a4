package com.example.helpdesk.customer;

/** No customer with that id. */
public class CustomerNotFoundException extends RuntimeException {
    private final long customerId;

    public CustomerNotFoundException(long customerId) {
        super("no customer " + customerId);
        this.customerId = customerId;
    }

    public long getCustomerId() {
        return customerId;
    }
}
