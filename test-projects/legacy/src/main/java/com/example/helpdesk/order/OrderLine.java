package com.example.helpdesk.order;

import java.math.BigDecimal;

/** One product of an order. */
public record OrderLine(String sku, String productName, int quantity, BigDecimal unitPrice) {

    public BigDecimal total() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
