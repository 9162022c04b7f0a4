package io.github.pdguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares special-category personal data (Art. 9(1) GDPR: health, genetic and biometric data,
 * racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union
 * membership, sex life or sexual orientation) or data relating to criminal convictions and
 * offences (Art. 10 GDPR). It implies {@link PersonalData}; do not put both on one element.
 *
 * <p>Processing such data is prohibited unless a condition of Art. 9(2)(a)–(j) applies, in
 * addition to a legal basis of Art. 6(1). A {@code @Sensitive} field, record component or type
 * therefore needs an effective {@link #legalBasis()} <em>and</em> {@link #condition()}, besides
 * {@link #purposes()} (Art. 5(1)(b)) and {@link #retention()} (Art. 5(1)(e)).
 *
 * <p>Placement and meaning are as for {@link PersonalData}: on a field or record component
 * (propagated by Java to field, accessor and constructor parameter) the value is special-category
 * data; on a method its return value; on a parameter the argument; on a type (class, record,
 * enum, interface) every instance, and the type's {@code purposes}, {@code retention},
 * {@code legalBasis} and {@code condition} are defaults for the annotated fields and record
 * components declared in it and in its nested types. A member's own non-empty attribute wins;
 * an empty attribute means "not given" and is inherited.
 *
 * <pre>{@code
 * public class Patient {
 *
 *     @Sensitive(category = SpecialCategory.HEALTH,
 *                purposes = "treatment",
 *                retention = "P10Y",
 *                legalBasis = LegalBasis.CONTRACT,
 *                condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
 *     private String diagnosis;
 *
 *     @Sensitive(category = SpecialCategory.HEALTH, purposes = "treatment", retention = "P10Y",
 *                legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.HEALTH_OR_SOCIAL_CARE)
 *     private double weightKg;   // any Java type can be special-category data
 * }
 * }</pre>
 *
 * <p>Type-level defaults:
 *
 * <pre>{@code
 * @Sensitive(purposes = "background-check", retention = "P6M",
 *            legalBasis = LegalBasis.LEGAL_OBLIGATION,
 *            condition = Article9Condition.SUBSTANTIAL_PUBLIC_INTEREST)
 * public record CriminalRecordExtract(
 *         @Sensitive(category = SpecialCategory.CRIMINAL_CONVICTION) String entries,
 *         LocalDate issuedOn) {
 * }
 * }</pre>
 *
 * @see PersonalData
 * @see SpecialCategory
 * @see Article9Condition
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface Sensitive {

    /**
     * Which special category of data this is (Art. 9(1) GDPR), or
     * {@link SpecialCategory#CRIMINAL_CONVICTION} for Art. 10 data. Several may be given.
     *
     * <pre>{@code
     * @Sensitive(category = {SpecialCategory.BIOMETRIC}, ...)
     * private byte[] fingerprintTemplate;
     * }</pre>
     *
     * @return the special categories; empty if not given
     */
    SpecialCategory[] category() default {};

    /**
     * The purposes this data was collected for and may be processed for (purpose limitation,
     * Art. 5(1)(b) GDPR). Free strings compared exactly; each value may be a literal or a
     * compile-time {@code String} constant ({@code Purposes.TREATMENT}). Empty means
     * "not given": inherited from the enclosing annotated type.
     *
     * <pre>{@code
     * @Sensitive(purposes = {"treatment", Purposes.INSURANCE_CLAIMS}, ...)
     * private String diagnosis;
     * }</pre>
     *
     * @return the purposes; empty if not given
     * @see PersonalData#purposes()
     */
    String[] purposes() default {};

    /**
     * How long the data is kept (storage limitation, Art. 5(1)(e) GDPR), as an ISO-8601 period
     * or duration such as {@code "P30D"}, {@code "P2Y6M"} or {@code "PT48H"}; {@code "P0D"}
     * means not stored. Empty means "not given": inherited from the enclosing annotated type.
     *
     * <pre>{@code
     * @Sensitive(retention = "PT48H", ...)
     * private byte[] faceImageForVerification;
     * }</pre>
     *
     * @return the retention period; {@code ""} if not given
     * @see PersonalData#retention()
     */
    String retention() default "";

    /**
     * The lawful basis for processing under Art. 6(1)(a)–(f) GDPR. Required for special-category
     * data (after inheritance), together with {@link #condition()}.
     *
     * <pre>{@code
     * @Sensitive(legalBasis = LegalBasis.CONTRACT, condition = Article9Condition.EXPLICIT_CONSENT, ...)
     * private String religion;
     * }</pre>
     *
     * @return the legal bases; empty if not given
     */
    LegalBasis[] legalBasis() default {};

    /**
     * The condition of Art. 9(2)(a)–(j) GDPR under which processing this special-category data
     * is permitted. Required (after inheritance), together with {@link #legalBasis()}.
     *
     * <pre>{@code
     * @Sensitive(condition = Article9Condition.EMPLOYMENT_AND_SOCIAL_SECURITY, ...)
     * private boolean unionMember;
     * }</pre>
     *
     * @return the Art. 9(2) conditions; empty if not given
     */
    Article9Condition[] condition() default {};
}
