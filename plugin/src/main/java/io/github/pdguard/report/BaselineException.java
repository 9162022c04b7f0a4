package io.github.pdguard.report;

/** A baseline file that cannot be used; the message names the file and what is wrong, for users as it is. */
public class BaselineException extends Exception {
    public BaselineException(String message) {
        super(message);
    }
}
