package com.example.pharmacy.order;

import com.example.pharmacy.common.Purposes;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order of over-the-counter products. */
public class Order {

    private final long id;
    private final long customerId;
    private final List<OrderLine> lines;
    private final Instant placedAt;
    private OrderStatus status = OrderStatus.PLACED;

    // "Leave it with the neighbours at no. 5" and the like.
    @PersonalData(category = Category.OTHER, purposes = Purposes.ORDER_FULFILMENT, retention = "P6M")
    private final String deliveryInstructions;

    public Order(long id, long customerId, List<OrderLine> lines, String instructions, Instant placedAt) {
        this.id = id;
        this.customerId = customerId;
        this.lines = List.copyOf(lines);
        this.deliveryInstructions = instructions;
        this.placedAt = placedAt;
    }

    public long getId() {
        return id;
    }

    public long getCustomerId() {
        return customerId;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getDeliveryInstructions() {
        return deliveryInstructions;
    }

    public BigDecimal total() {
        BigDecimal sum = BigDecimal.ZERO;
        for (OrderLine line : lines) {
            sum = sum.add(line.subtotal());
        }
        return sum;
    }
}
