package com.shop.accounts;

import com.shop.common.Messages;

/** Looks accounts up; exception messages are built by helpers of the analysed code. */
public class AccountService {
    private final AccountRepository repository = new AccountRepository();

    public Account byEmail(Account template) {
        String email = template.getEmail();
        return repository.findByEmail(email)
                .orElseThrow(() -> new NotFoundException(Messages.notFound("account", email))); // EXPECT: exception-leak
    }

    public Account byEmailMasked(Account template) {
        String email = template.getEmail();
        return repository.findByEmail(email)
                .orElseThrow(() -> new NotFoundException(Messages.notFound("account", Messages.masked(email)))); // clean: @Redacts
    }

    public void close(Account account) {
        if (account.getId() <= 0) {
            throw new IllegalStateException("cannot close " + Messages.describe(account)); // EXPECT: exception-leak
        }
        if (account.getUsername().isEmpty()) {
            throw new IllegalStateException("cannot close " + Messages.reference(account)); // clean: the id only
        }
        throw new UnsupportedOperationException(problem(account)); // EXPECT: exception-leak
    }

    private String problem(Account account) {
        return "closing is not supported yet for " + account.getUsername();
    }
}
