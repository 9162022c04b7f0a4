package com.bank.notify;

import com.bank.accounts.AccountHolder;

/** Reached through Notifier.send too; e-mail allows marketing. */
public class MailNotifier implements Notifier {
    @Override
    public void send(AccountHolder holder, String text) {
        deliver(holder.getEmail(), text); // clean: email allows account-service and marketing
    }

    private void deliver(String address, String text) {
    }
}
