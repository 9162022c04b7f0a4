package com.example.pharmacy.order;

import java.math.BigDecimal;

/** One article of an order: product code, quantity and unit price in EUR. */
public record OrderLine(String productCode, int quantity, BigDecimal unitPrice) {

    public OrderLine {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive, was " + quantity);
        }
    }

    public BigDecimal subtotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
