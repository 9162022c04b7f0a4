package com.bank.notify;

import com.bank.accounts.AccountHolder;

/** Implements the abstract step with the mobile number. */
public class PushNotifier extends TemplateNotifier {
    @Override
    protected String address(AccountHolder holder) {
        return holder.getMobile(); // EXPECT: purpose-violation
    }
}
