package io.github.pdguard.annotations;

/**
 * A special category of personal data under Art. 9(1) GDPR, or personal data relating to
 * criminal convictions and offences under Art. 10 GDPR. Processing such data is prohibited
 * unless an Art. 9(2) {@link Article9Condition} applies.
 *
 * <p>Used by {@link Sensitive#category()}.
 *
 * <pre>{@code
 * @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
 *            legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
 * private String diagnosis;
 * }</pre>
 *
 * @see Sensitive#category()
 */
public enum SpecialCategory {

    /** Art. 9(1): data concerning health (diagnoses, medication, physical or mental health). */
    HEALTH,

    /** Art. 9(1), Art. 4(13): genetic data (DNA analysis, inherited characteristics). */
    GENETIC,

    /** Art. 9(1), Art. 4(14): biometric data for uniquely identifying a person (fingerprint, face template). */
    BIOMETRIC,

    /** Art. 9(1): data revealing racial or ethnic origin. */
    RACIAL_OR_ETHNIC_ORIGIN,

    /** Art. 9(1): data revealing political opinions. */
    POLITICAL_OPINION,

    /** Art. 9(1): data revealing religious or philosophical beliefs. */
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEF,

    /** Art. 9(1): data revealing trade union membership. */
    TRADE_UNION_MEMBERSHIP,

    /** Art. 9(1): data concerning a person's sex life or sexual orientation. */
    SEX_LIFE_OR_SEXUAL_ORIENTATION,

    /** Art. 10: personal data relating to criminal convictions and offences or related security measures. */
    CRIMINAL_CONVICTION
}
