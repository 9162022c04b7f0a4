package com.shop.crm;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;

/** Declared only at type level: it has no declared fields, so its toString exposes none. */
@Data
@PersonalData(category = Category.ONLINE_IDENTIFIER, purposes = "analytics", retention = "P30D", legalBasis = LegalBasis.CONSENT)
public class Visitor { // clean: type-level declaration only
    private String cookieId;
    private String landingPage;
}
