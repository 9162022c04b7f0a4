package com.bank.notify;

import com.bank.accounts.AccountHolder;

/** How the bank reaches a customer. */
public interface Notifier {
    void send(AccountHolder holder, String text);
}
