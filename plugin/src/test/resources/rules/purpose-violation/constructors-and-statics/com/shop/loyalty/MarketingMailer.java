package com.shop.loyalty;

import static com.shop.loyalty.Segments.salutation;

import io.github.pdguard.annotations.ProcessingPurpose;

/** Marketing mails: reaches purchase history through a constructor and a static method. */
@ProcessingPurpose("marketing")
public class MarketingMailer {
    public String mail(Member member) {
        Recommendation recommendation = new Recommendation(member);
        String segment = Segments.segment(member);
        return salutation(member) + "\n" + recommendation.text() + "\n" + segment;
    }
}
