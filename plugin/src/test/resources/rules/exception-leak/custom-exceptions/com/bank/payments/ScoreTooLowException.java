package com.bank.payments;

/** Carries a number as well as a message. */
public class ScoreTooLowException extends PaymentException {
    private final int score;

    public ScoreTooLowException(String message, int score) {
        super(message);
        this.score = score;
    }

    public int getScore() {
        return score;
    }
}
