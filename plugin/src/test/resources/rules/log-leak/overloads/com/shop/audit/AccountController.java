package com.shop.audit;

/** Calls each overload once. */
public class AccountController {
    public void changeEmail(Shopper shopper, String newEmail) {
        ActivityLog.record("e-mail changed to " + shopper.getEmail());
        ActivityLog.record(shopper.getShopperId());
        ActivityLog.record(shopper);
    }
}
