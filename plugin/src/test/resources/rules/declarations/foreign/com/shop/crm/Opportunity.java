package com.shop.crm;

import io.github.pdguard.annotations.*;

/** pdguard's annotations through an on-demand import are pdguard's. */
public class Opportunity {

    @PersonalData(category = Category.CONTACT)
    private String contactEmail; // EXPECT: missing-retention, missing-purpose

    private long amountCents;
}
