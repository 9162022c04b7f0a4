package com.shop.common;

import com.shop.accounts.Account;
import io.github.pdguard.annotations.Redacts;

/** Builds error messages; lives in another package and file than its callers. */
public final class Messages {
    private Messages() {
    }

    public static String notFound(String what, String key) {
        return what + " '" + key + "' not found";
    }

    public static String describe(Account account) {
        return account.getUsername() + " <" + account.getEmail() + ">";
    }

    public static String reference(Account account) {
        return "account #" + account.getId();
    }

    @Redacts
    public static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
