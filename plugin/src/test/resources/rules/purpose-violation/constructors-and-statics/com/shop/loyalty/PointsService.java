package com.shop.loyalty;

import io.github.pdguard.annotations.ProcessingPurpose;

/** The loyalty programme itself: the same code is allowed here. */
@ProcessingPurpose("loyalty")
public class PointsService {
    public String statement(Member member) {
        return new Recommendation(member).text() + " / " + Segments.segment(member); // clean
    }
}
