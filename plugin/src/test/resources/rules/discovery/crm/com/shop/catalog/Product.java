package com.shop.catalog;

import java.math.BigDecimal;

/** A product: nothing about a person here, whatever the field names. */
public class Product {
    private String name; // clean: a product's name
    private String email; // clean: a product is a non-person (the manufacturer's shop address)
    private BigDecimal weight; // clean: a parcel's weight, not a body's
    private String ownerName; // EXPECT: unannotated-personal-data
}
