package com.example.helpdesk.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The products on sale. */
public class Catalog {
    private final Map<String, Product> products = Map.of(
            "SKU-1", new Product("SKU-1", "Tea towel", "Linen, 50 x 70 cm", new BigDecimal("7.90"), 0.1),
            "SKU-2", new Product("SKU-2", "Teapot", "Stoneware, 1 l", new BigDecimal("24.00"), 0.9));

    public Optional<Product> find(String sku) {
        return Optional.ofNullable(products.get(sku));
    }
}
