package com.shop.tools;

import java.io.PrintStream;
import java.util.List;

/** A command-line tool that imports vouchers and reports on the console. */
public class VoucherImportCli {
    private final PrintStream report;

    public VoucherImportCli(PrintStream report) {
        this.report = report;
    }

    public void run(List<VoucherRecipient> recipients) {
        for (VoucherRecipient recipient : recipients) {
            System.out.println("importing voucher for " + recipient.email); // EXPECT: log-leak
            System.out.print(recipient.email); // EXPECT: log-leak
            System.out.printf("%s gets %d EUR%n", recipient.email, recipient.valueInEuro); // EXPECT: log-leak
            System.out.format("%s%n", recipient.email); // EXPECT: log-leak
            System.err.println("duplicate voucher for " + recipient.email); // EXPECT: log-leak
            System.err.printf("bounced: %s%n", recipient.email); // EXPECT: log-leak
            System.out.println("importing voucher " + recipient.voucherCode); // clean
            System.out.printf("%s: %d EUR%n", recipient.voucherCode, recipient.valueInEuro); // clean
            System.err.println("has e-mail: " + (recipient.email != null)); // clean: boolean
            report.println(recipient.email + ";" + recipient.voucherCode); // clean: the import report file is not System.out/err
        }
        System.out.println("imported " + recipients.size() + " vouchers"); // clean: a count
    }
}
