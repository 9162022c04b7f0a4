package com.shop.loyalty;

/** An undeclared value class whose constructor reads the member: it runs in its caller's context. */
public class Recommendation {
    private final String basis;
    private final String greeting;

    public Recommendation(Member member) {
        this.basis = member.getPurchaseHistory(); // EXPECT: purpose-violation
        this.greeting = "Hi " + member.getFirstName(); // clean: first name allows marketing
    }

    public String text() {
        return greeting + ", based on " + basis;
    }
}
