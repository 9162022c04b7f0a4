package com.bank.notify;

import com.bank.accounts.AccountHolder;

/** An abstract base whose template method calls an abstract step. */
public abstract class TemplateNotifier {
    public final void notifyHolder(AccountHolder holder) {
        String address = address(holder);
        if (address != null) {
            push(address);
        }
    }

    protected abstract String address(AccountHolder holder);

    private void push(String address) {
    }
}
