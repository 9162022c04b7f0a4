package com.example.helpdesk.order;

import com.example.helpdesk.customer.Address;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order, with the address it goes to and the name on the parcel. */
public class Order {
    private final long id;
    private final long customerId;
    private final String recipientName;
    private final Address shippingAddress;
    private final List<OrderLine> lines = new ArrayList<>();
    private OrderStatus status = OrderStatus.PLACED;
    private final Instant placedAt;

    public Order(long id, long customerId, String recipientName, Address shippingAddress, Instant placedAt) {
        this.id = id;
        this.customerId = customerId;
        this.recipientName = recipientName;
        this.shippingAddress = shippingAddress;
        this.placedAt = placedAt;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public BigDecimal total() {
        return lines.stream().map(OrderLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
