package com.shop.search;

import com.google.common.flogger.FluentLogger;
import java.util.List;
import java.util.logging.Level;

/** Searches the catalogue; logs through Google Flogger. */
public class ProductSearch {
    private static final FluentLogger logger = FluentLogger.forEnclosingClass();

    public List<String> search(Shopper shopper, String query, int page) {
        logger.atInfo().log("search from device %s", shopper.getDeviceId()); // EXPECT: log-leak
        logger.atFine().log("history %s", shopper.getSearchHistory()); // EXPECT: log-leak
        logger.atWarning().withCause(new IllegalStateException("index")).log("no index for device %s", shopper.getDeviceId()); // EXPECT: log-leak
        logger.at(Level.SEVERE).log("search broken for %s", shopper.getDeviceId()); // EXPECT: log-leak
        logger.atInfo().every(100).log("search '%s' page %d in %s", query, page, shopper.getSessionLocale()); // clean: the query text is not declared
        logger.atFine().log("page %d", page); // clean
        logger.atWarning().log("history recorded: %b", shopper.getSearchHistory() != null); // clean: boolean
        return List.of();
    }
}
