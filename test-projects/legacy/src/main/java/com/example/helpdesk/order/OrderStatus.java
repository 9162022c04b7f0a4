package com.example.helpdesk.order;

/** Where an order is. */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, DELIVERED, CANCELLED
}
