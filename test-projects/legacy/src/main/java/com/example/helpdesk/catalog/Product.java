package com.example.helpdesk.catalog;

import java.math.BigDecimal;

/** A product of the catalogue: a name, a price and a parcel weight, nothing about a person. */
public record Product(String sku, String name, String description, BigDecimal price, double weight) {
}
