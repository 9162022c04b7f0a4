package com.bank.payments;

import java.math.BigDecimal;

/** Validates outgoing payments. Personal data passed to any Throwable constructor leaks. */
public class PaymentValidator {

    public PaymentReceipt validate(Payee payee, BigDecimal amount) {
        if (!payee.getIban().startsWith("DE")) {
            throw new InvalidIbanException("foreign IBAN " + payee.getIban()); // EXPECT: exception-leak
        }
        if (payee.getIban().length() != 22) {
            throw new InvalidIbanException("IBAN of payee " + payee.getPayeeId() + " has " + payee.getIban().length() + " characters"); // clean: id and length
        }
        if (payee.getCreditScore() < 300) {
            throw new ScoreTooLowException("score too low", payee.getCreditScore()); // EXPECT: exception-leak
        }
        if (payee.getCreditScore() < 400) {
            throw new ScoreTooLowException("score too low for payee " + payee.getPayeeId(), 400); // clean: a threshold
        }
        if (amount.signum() <= 0) {
            throw new PaymentException("non-positive amount", payee.getName()); // EXPECT: exception-leak
        }
        if (amount.scale() > 2) {
            throw new PaymentException("too many decimals", payee.getPayeeId()); // clean: id
        }
        if (amount.compareTo(BigDecimal.valueOf(10_000)) > 0) {
            PaymentException pending = new PaymentException("manual approval for " + payee.getName()); // EXPECT: exception-leak
            throw pending;
        }
        return new PaymentReceipt("paid " + amount + " to " + payee.getName()); // clean: PaymentReceipt is not a Throwable
    }
}
