package com.bank.accounts;

import com.bank.notify.Notifier;
import com.bank.notify.TemplateNotifier;
import io.github.pdguard.annotations.ProcessingPurpose;

/** Account service: the same implementations, allowed here. */
@ProcessingPurpose("account-service")
public class StatementService {
    private final Notifier notifier;
    private final TemplateNotifier push;

    public StatementService(Notifier notifier, TemplateNotifier push) {
        this.notifier = notifier;
        this.push = push;
    }

    public void statementReady(AccountHolder holder) {
        notifier.send(holder, "Your statement is ready");
        push.notifyHolder(holder);
    }
}
