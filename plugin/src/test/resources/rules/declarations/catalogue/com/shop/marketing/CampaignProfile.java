package com.shop.marketing;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Segments a customer for campaigns. The type-level purpose has a typo. */
@PersonalData(category = Category.BEHAVIORAL, purposes = "markting", retention = "P1Y")
public class CampaignProfile { // EXPECT: invalid-declaration

    @PersonalData(category = Category.BEHAVIORAL)
    private String segment; // clean: inherits the purpose; the typo is reported once, at the type

    @PersonalData(category = Category.BEHAVIORAL, purposes = ShopPurposes.MARKETING)
    private String lastCampaign; // clean: own purpose is in the catalogue
}
