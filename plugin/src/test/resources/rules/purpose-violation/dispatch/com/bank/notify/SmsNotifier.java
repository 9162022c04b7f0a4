package com.bank.notify;

import com.bank.accounts.AccountHolder;

/** Reached through Notifier.send from every context that calls it. */
public class SmsNotifier implements Notifier {
    @Override
    public void send(AccountHolder holder, String text) {
        deliver(holder.getMobile(), text); // EXPECT: purpose-violation
    }

    private void deliver(String number, String text) {
    }
}
