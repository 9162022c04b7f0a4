package com.bank.promo;

import com.bank.accounts.AccountHolder;
import com.bank.notify.Notifier;
import com.bank.notify.TemplateNotifier;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.List;

/** A marketing campaign: every implementation behind the interface and the abstract class runs for marketing. */
@ProcessingPurpose("marketing")
public class OfferCampaign {
    private final List<Notifier> notifiers;
    private final TemplateNotifier push;

    public OfferCampaign(List<Notifier> notifiers, TemplateNotifier push) {
        this.notifiers = notifiers;
        this.push = push;
    }

    public void run(List<AccountHolder> holders) {
        for (AccountHolder holder : holders) {
            for (Notifier notifier : notifiers) {
                notifier.send(holder, "0% interest this month"); // clean: the reads are in the implementations
            }
            push.notifyHolder(holder); // clean
        }
    }
}
