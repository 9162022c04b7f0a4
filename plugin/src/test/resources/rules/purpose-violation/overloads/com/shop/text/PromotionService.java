package com.shop.text;

import io.github.pdguard.annotations.ProcessingPurpose;

/** Marketing labels orders only. */
@ProcessingPurpose("marketing")
public class PromotionService {
    public String banner(Order order) {
        return Labels.of(order); // clean: Labels.of(Order) reads nothing declared
    }
}
