package com.shop.text;

/** An order: no personal data. */
public class Order {
    private String number;

    public String getNumber() {
        return number;
    }
}
