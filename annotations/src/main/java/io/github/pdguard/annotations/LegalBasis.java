package io.github.pdguard.annotations;

/**
 * The lawful basis for processing personal data under Art. 6(1)(a)–(f) GDPR. Every processing
 * of personal data needs at least one of them.
 *
 * <p>Used by {@link PersonalData#legalBasis()} and {@link Sensitive#legalBasis()}. For
 * special-category data ({@link Sensitive}) a legal basis is required in addition to an
 * Art. 9(2) {@link Article9Condition}; for {@link PersonalData} it is required only when the
 * plugin's {@code requireLegalBasis} option is on.
 *
 * <pre>{@code
 * @PersonalData(category = Category.CONTACT, purposes = "newsletter",
 *               retention = "P2Y", legalBasis = LegalBasis.CONSENT)
 * private String newsletterEmail;
 * }</pre>
 *
 * @see PersonalData#legalBasis()
 * @see Sensitive#legalBasis()
 */
public enum LegalBasis {

    /** Art. 6(1)(a): the data subject has given consent for one or more specific purposes. */
    CONSENT,

    /** Art. 6(1)(b): necessary to perform a contract with the data subject, or to enter into one. */
    CONTRACT,

    /** Art. 6(1)(c): necessary to comply with a legal obligation of the controller. */
    LEGAL_OBLIGATION,

    /** Art. 6(1)(d): necessary to protect the vital interests of the data subject or another person. */
    VITAL_INTERESTS,

    /** Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority. */
    PUBLIC_TASK,

    /** Art. 6(1)(f): necessary for the legitimate interests of the controller or a third party. */
    LEGITIMATE_INTERESTS
}
