package io.github.pdguard.annotations;

/**
 * The condition under Art. 9(2)(a)–(j) GDPR that lifts the prohibition of processing special
 * categories of personal data (Art. 9(1)). A {@link Sensitive} declaration needs at least one,
 * in addition to an Art. 6(1) {@link LegalBasis}.
 *
 * <p>Used by {@link Sensitive#condition()}.
 *
 * <pre>{@code
 * @Sensitive(category = SpecialCategory.TRADE_UNION_MEMBERSHIP, purposes = "payroll",
 *            retention = "P6Y", legalBasis = LegalBasis.LEGAL_OBLIGATION,
 *            condition = Article9Condition.EMPLOYMENT_AND_SOCIAL_SECURITY)
 * private boolean unionMember;
 * }</pre>
 *
 * @see Sensitive#condition()
 */
public enum Article9Condition {

    /** Art. 9(2)(a): the data subject has given explicit consent for one or more specified purposes. */
    EXPLICIT_CONSENT,

    /** Art. 9(2)(b): necessary for obligations and rights in employment, social security and social protection law. */
    EMPLOYMENT_AND_SOCIAL_SECURITY,

    /** Art. 9(2)(c): necessary to protect vital interests of a person physically or legally incapable of giving consent. */
    VITAL_INTERESTS,

    /** Art. 9(2)(d): legitimate activities of a not-for-profit body with a political, philosophical, religious or trade-union aim. */
    NOT_FOR_PROFIT_BODY,

    /** Art. 9(2)(e): the data has manifestly been made public by the data subject. */
    MADE_PUBLIC_BY_DATA_SUBJECT,

    /** Art. 9(2)(f): necessary to establish, exercise or defend legal claims, or for courts acting judicially. */
    LEGAL_CLAIMS,

    /** Art. 9(2)(g): necessary for reasons of substantial public interest on the basis of Union or Member State law. */
    SUBSTANTIAL_PUBLIC_INTEREST,

    /** Art. 9(2)(h): preventive or occupational medicine, medical diagnosis, health or social care and treatment. */
    HEALTH_OR_SOCIAL_CARE,

    /** Art. 9(2)(i): necessary for reasons of public interest in the area of public health. */
    PUBLIC_HEALTH,

    /** Art. 9(2)(j): necessary for archiving in the public interest, scientific or historical research, or statistics. */
    ARCHIVING_RESEARCH_STATISTICS
}
