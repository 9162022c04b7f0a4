package com.bank.statements;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Prints monthly statements. Strings derived from personal data are personal data. */
public class StatementPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(StatementPrinter.class);

    public void concatenation(AccountHolder holder, int month) {
        String header = "Statement " + month + " for " + holder.name();
        LOG.info(header); // EXPECT: log-leak
        String reference = "Statement " + month + " for " + holder.customerNumber();
        LOG.info(reference); // clean
        String address = holder.postalAddress();
        address += " (verified)";
        LOG.debug(address); // EXPECT: log-leak
        LOG.debug("printing " + holder); // clean: the hand-written toString shows the customer number only
    }

    public void formatting(AccountHolder holder, int month) {
        LOG.info(String.format("IBAN %s, month %d", holder.iban(), month)); // EXPECT: log-leak
        LOG.info(String.format(Locale.GERMANY, "Kunde %s", holder.name())); // EXPECT: log-leak
        LOG.info("Dear %s".formatted(holder.name())); // EXPECT: log-leak
        LOG.info(MessageFormat.format("Statement for {0}", holder.iban())); // EXPECT: log-leak
        LOG.info(String.join(", ", holder.name(), holder.postalAddress())); // EXPECT: log-leak
        LOG.info(String.valueOf(holder.iban())); // EXPECT: log-leak
        LOG.info(Objects.toString(holder.name(), "n/a")); // EXPECT: log-leak
        LOG.info(String.format("customer %s, month %d", holder.customerNumber(), month)); // clean
        LOG.info(String.join(", ", holder.customerNumber(), "EUR")); // clean
    }

    public void stringMethods(AccountHolder holder) {
        LOG.info(holder.iban().replace(" ", "")); // EXPECT: log-leak
        LOG.info(holder.iban().substring(0, 4)); // EXPECT: log-leak
        LOG.info(holder.name().toUpperCase().trim()); // EXPECT: log-leak
        LOG.info(holder.postalAddress().split("\n")[0]); // EXPECT: log-leak
        LOG.info("country {}", holder.iban().startsWith("DE")); // clean: boolean
        LOG.info("iban length {}", holder.iban().length()); // clean: an int
        LOG.info("first letter {}", holder.name().charAt(0)); // clean: a char is not personal data
        LOG.info("lines {}", holder.postalAddress().split("\n").length); // clean: array length
    }

    public void builders(AccountHolder holder, int month) {
        StringBuilder letter = new StringBuilder("Statement ").append(month);
        LOG.debug("draft {}", letter); // clean: nothing personal appended yet
        letter.append(" for ").append(holder.name());
        LOG.debug("draft {}", letter); // EXPECT: log-leak
        LOG.debug(letter.toString()); // EXPECT: log-leak
        StringBuffer legacy = new StringBuffer();
        legacy.append(holder.iban());
        LOG.debug("legacy {}", legacy.toString()); // EXPECT: log-leak
        StringBuilder footer = new StringBuilder();
        footer.append("Page ").append(1).append(" of ").append(3);
        LOG.debug(footer.toString()); // clean
        StringBuilder lengths = new StringBuilder();
        lengths.append(holder.name().length());
        LOG.debug(lengths.toString()); // clean: only a length was appended
    }

    public void textBlock(AccountHolder holder) {
        String body = """
                Dear customer,
                your statement is ready.
                """;
        LOG.info(body); // clean
        LOG.info(body + holder.postalAddress()); // EXPECT: log-leak
    }
}
