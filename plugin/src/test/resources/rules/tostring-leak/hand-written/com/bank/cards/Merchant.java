package com.bank.cards;

/** A merchant: no declared fields, no override. */
public class Merchant { // clean: Object's toString
    private String name;
    private String categoryCode;
}
