package com.example.pharmacy.order;

/** Life cycle of an order. */
public enum OrderStatus {
    PLACED, CONFIRMED, SHIPPED, CANCELLED
}
