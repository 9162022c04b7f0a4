package com.shop.wishlist;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import java.util.Optional;

/** A shopper with a wish list. */
public class Shopper {
    private long shopperId;

    @PersonalData(category = Category.CONTACT, purposes = "wishlist", retention = "P1Y", legalBasis = LegalBasis.CONSENT)
    private String email;

    @PersonalData(category = Category.BEHAVIORAL, purposes = "wishlist", retention = "P1Y", legalBasis = LegalBasis.CONSENT)
    private String favouriteBrand;

    private String nickname;

    public long getShopperId() {
        return shopperId;
    }

    public String getEmail() {
        return email;
    }

    public Optional<String> findFavouriteBrand() {
        return Optional.ofNullable(favouriteBrand);
    }

    public Optional<String> findNickname() {
        return Optional.ofNullable(nickname);
    }
}
