package com.shop.accounts;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory account store. */
public class AccountRepository {
    private final Map<String, Account> byEmail = new ConcurrentHashMap<>();

    public Optional<Account> findByEmail(String email) {
        return Optional.ofNullable(byEmail.get(email));
    }
}
