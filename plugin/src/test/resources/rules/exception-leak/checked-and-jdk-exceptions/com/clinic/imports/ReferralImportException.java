package com.clinic.imports;

/** A checked exception of the import module. */
public class ReferralImportException extends Exception {
    public ReferralImportException(String message) {
        super(message);
    }

    public ReferralImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
