package com.shop.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The shop's own compliance journal, configured as a log sink (com.shop.audit.ComplianceJournal#append). */
public class ComplianceJournal {
    private final Path file;

    public ComplianceJournal(Path file) {
        this.file = file;
    }

    public void append(String entry) {
        try {
            Files.writeString(file, entry + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("journal not writable", e);
        }
    }

    public void rotate() {
    }
}
