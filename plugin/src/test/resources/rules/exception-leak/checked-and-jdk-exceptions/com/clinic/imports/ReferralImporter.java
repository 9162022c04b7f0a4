package com.clinic.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Imports referral letters. Checked exceptions, JDK exceptions and Errors leak alike. */
public class ReferralImporter {

    public List<String> read(Path file, Referral referral) throws ReferralImportException {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new ReferralImportException("cannot read referral for " + referral.patientName(), e); // EXPECT: exception-leak
        }
    }

    public void check(Referral referral) throws ReferralImportException, IOException {
        if (referral.reason() == null) {
            throw new ReferralImportException("referral " + referral.referralId() + " has no reason"); // clean: the id only
        }
        if (referral.reason().isBlank()) {
            throw new IOException("blank reason: " + referral.reason()); // EXPECT: exception-leak
        }
        if (referral.patientName().length() > 200) {
            throw new IllegalArgumentException(String.format("name too long: %s", referral.patientName())); // EXPECT: exception-leak
        }
        if (referral.reason().contains("\u0000")) {
            throw new UncheckedIOException("corrupt reason " + referral.reason(), new IOException("NUL")); // EXPECT: exception-leak
        }
        if (referral.referralId().isEmpty()) {
            throw new AssertionError("referral of " + referral.patientName() + " without id"); // EXPECT: exception-leak
        }
        if (referral.referralId().length() > 36) {
            throw new IllegalStateException("referral id too long: " + referral.referralId().length()); // clean: a length
        }
    }

    public void wrap(Referral referral, IOException cause) throws ReferralImportException {
        throw new ReferralImportException("import failed", cause); // clean: a cause alone is not personal data
    }
}
