package io.github.pdguard.annotations;

/**
 * The kind of ordinary personal data (Art. 4(1) GDPR) that a {@link PersonalData} declaration
 * describes.
 *
 * <p>Categories are descriptive: they appear in findings and in the records-of-processing
 * inventory (Art. 30 GDPR) and do not change which rules apply. Special categories of data
 * (Art. 9 and Art. 10 GDPR) are not listed here; declare those with {@link Sensitive} and a
 * {@link SpecialCategory}.
 *
 * <pre>{@code
 * @PersonalData(category = {Category.CONTACT, Category.ONLINE_IDENTIFIER},
 *               purposes = "support", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
 * private String email;
 * }</pre>
 *
 * @see PersonalData#category()
 */
public enum Category {

    /** Identifies the person directly: names, date of birth, user names. */
    IDENTITY,

    /** Contact details: postal address, e-mail address, phone number. */
    CONTACT,

    /** Financial data: bank account, IBAN, payment card, income, credit rating. */
    FINANCIAL,

    /** Online identifiers (Recital 30 GDPR): IP address, cookie id, device or advertising id. */
    ONLINE_IDENTIFIER,

    /** Location data: GPS coordinates, geolocation, movement history. */
    LOCATION,

    /** Behavioural data: purchase history, preferences, clicks, usage profiles. */
    BEHAVIORAL,

    /** Demographic data: age, gender, nationality, household size. */
    DEMOGRAPHIC,

    /** Government-issued identifiers: tax id, passport, ID card, social-security numbers. */
    GOVERNMENT_ID,

    /** Credentials: passwords, secrets, API keys, session or access tokens. */
    CREDENTIAL,

    /** Any other personal data not covered by the categories above. */
    OTHER
}
