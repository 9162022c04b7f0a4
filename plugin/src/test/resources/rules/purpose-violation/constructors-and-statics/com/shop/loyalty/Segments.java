package com.shop.loyalty;

/** Static helpers, called qualified and through a static import. */
public final class Segments {
    private Segments() {
    }

    public static String segment(Member member) {
        return member.getPurchaseHistory().contains("premium") ? "premium" : "standard"; // EXPECT: purpose-violation
    }

    public static String salutation(Member member) {
        return "Dear " + member.getFirstName(); // clean
    }
}
