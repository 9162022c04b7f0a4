package com.shop.catalogue;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Data;
import lombok.ToString;

/**
 * Lombok's @ToString(of = ...) lists the only fields the generated toString shows (like
 * onlyExplicitlyIncluded with @ToString.Include): the declared reviewer name is not among them.
 */
@Data
@ToString(of = {"reviewId", "stars"})
public class ProductReview { // clean: only reviewId and stars are shown
    private String reviewId;
    private int stars;

    @PersonalData(category = Category.IDENTITY, purposes = "reviews", retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String reviewerName;
}

@ToString(of = "reviewerName")
class FeaturedReview { // EXPECT: tostring-leak
    private String reviewId;

    @PersonalData(category = Category.IDENTITY, purposes = "reviews", retention = "P2Y", legalBasis = LegalBasis.CONSENT)
    private String reviewerName;
}
