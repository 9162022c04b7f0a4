package com.shop.search;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;

/** A shopper using the product search. */
public class Shopper {
    private String sessionLocale;

    @PersonalData(category = Category.ONLINE_IDENTIFIER, purposes = "search", retention = "P30D", legalBasis = LegalBasis.LEGITIMATE_INTERESTS)
    private String deviceId;

    @PersonalData(category = Category.BEHAVIORAL, purposes = "search", retention = "P30D", legalBasis = LegalBasis.CONSENT)
    private String searchHistory;

    public String getSessionLocale() {
        return sessionLocale;
    }

    public String getDeviceId() {
        return deviceId;
    }

    public String getSearchHistory() {
        return searchHistory;
    }
}
