package io.github.pdguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares personal data in the sense of Art. 4(1) GDPR: any information relating to an
 * identified or identifiable natural person. The declaration states what kind of data it is,
 * the purposes it was collected for (purpose limitation, Art. 5(1)(b)), how long it is kept
 * (storage limitation, Art. 5(1)(e)) and on which legal basis it is processed (Art. 6(1)).
 * pdguard uses it to detect leaks into logs, exceptions and {@code toString()}, uses outside
 * the declared purposes, and to build the records-of-processing inventory (Art. 30).
 *
 * <p>For special categories of data (health, biometrics, criminal records, ...) use
 * {@link Sensitive} instead; it implies personal data.
 *
 * <p><b>Where it can be placed.</b>
 * <ul>
 *   <li><b>Field</b>: the field's value is personal data wherever it is read.</li>
 *   <li><b>Record component</b>: Java propagates the annotation to the component's field, its
 *       accessor and the canonical constructor's parameter; all of them are personal data.</li>
 *   <li><b>Method</b>: the method's return value is personal data.</li>
 *   <li><b>Parameter</b>: the argument is personal data inside the method.</li>
 *   <li><b>Type</b> (class, record, enum, interface): every instance of the type is personal
 *       data (logging the object is a leak), and the type's {@code purposes},
 *       {@code retention} and {@code legalBasis} are defaults for the annotated members.</li>
 * </ul>
 *
 * <pre>{@code
 * public class Customer {
 *
 *     @PersonalData(category = Category.IDENTITY,
 *                   purposes = {Purposes.BILLING, "shipping"},
 *                   retention = "P10Y",
 *                   legalBasis = LegalBasis.CONTRACT)
 *     private String fullName;
 *
 *     @PersonalData(category = Category.CONTACT,
 *                   purposes = "newsletter",
 *                   retention = "P2Y",
 *                   legalBasis = LegalBasis.CONSENT)
 *     private String email;
 *
 *     private long version;   // not annotated: not personal data
 * }
 * }</pre>
 *
 * <p><b>Defaults on a type.</b> On a type, the non-empty {@code purposes}, {@code retention}
 * and {@code legalBasis} are inherited by every annotated field and record component declared
 * in it, and by its nested types (transitively, through every level of nesting; an annotated
 * nested type takes what it lacks from its nearest annotated enclosing type). A member's own
 * non-empty attribute wins over the inherited one. Unannotated fields of such a type are not
 * personal data themselves, but a field or value <em>of</em> the annotated type is, because
 * its instances are.
 *
 * <pre>{@code
 * @PersonalData(purposes = "billing", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
 * public record Invoice(
 *         @PersonalData(category = Category.IDENTITY) String customerName,     // inherits all three
 *         @PersonalData(category = Category.FINANCIAL, retention = "P6M") String iban,  // own retention wins
 *         BigDecimal amount) {                                                // not personal data itself
 * }
 * }</pre>
 *
 * <p><b>Empty means "not given".</b> An empty attribute ({@code purposes = {}},
 * {@code retention = ""}, {@code legalBasis = {}}) is the same as leaving it out: the value is
 * inherited from the enclosing type, if any. Annotated fields, record components and types
 * must end up with an effective retention and at least one purpose; annotated methods and
 * parameters describe values in transit and are exempt from that check.
 *
 * @see Sensitive
 * @see ProcessingPurpose
 * @see Redacts
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface PersonalData {

    /**
     * What kind of personal data this is (Art. 4(1) GDPR). Several categories may be given.
     * Descriptive only: the categories are named in findings and in the Art. 30 inventory.
     *
     * <pre>{@code
     * @PersonalData(category = {Category.ONLINE_IDENTIFIER, Category.LOCATION}, ...)
     * private String lastLoginIp;
     * }</pre>
     *
     * @return the categories; empty if not given
     */
    Category[] category() default {};

    /**
     * The purposes this data was collected for and may be processed for (purpose limitation,
     * Art. 5(1)(b) GDPR). Using the data in a {@link ProcessingPurpose} context that shares
     * none of these purposes is a {@code purpose-violation}.
     *
     * <p>Purposes are free strings compared exactly (case-sensitive). Each value may be a
     * string literal, a compile-time constant {@code String} field of your code, or a constant
     * expression made of them; {@code "billing"} and {@code Purposes.BILLING} (with
     * {@code BILLING = "billing"}) are the same purpose. Empty means "not given": inherited from
     * the enclosing annotated type.
     *
     * <pre>{@code
     * @PersonalData(purposes = {Purposes.BILLING, "shipping"}, ...)
     * private String postalAddress;
     * }</pre>
     *
     * @return the purposes; empty if not given
     */
    String[] purposes() default {};

    /**
     * How long the data is kept (storage limitation, Art. 5(1)(e) GDPR), as an ISO-8601 period
     * or duration: {@code P} followed by non-negative whole years, months, weeks and days,
     * optionally {@code T} and hours, minutes, seconds, at least one component. Examples:
     * {@code "P30D"} (30 days), {@code "P2Y6M"} (2 years 6 months), {@code "PT48H"} (48 hours),
     * {@code "P1Y2M3DT4H"}. {@code "P0D"} means the data is not stored at all. Fractions,
     * negative values, a bare {@code "P"} or {@code "PT"} and free text are invalid.
     * The value may also be a compile-time {@code String} constant.
     *
     * <pre>{@code
     * @PersonalData(retention = "P30D", ...)
     * private String supportTicketEmail;
     * }</pre>
     *
     * @return the retention period; {@code ""} if not given (inherited from the enclosing type)
     */
    String retention() default "";

    /**
     * The lawful basis for processing under Art. 6(1)(a)–(f) GDPR. Empty means "not given":
     * inherited from the enclosing annotated type. Required only when the plugin's
     * {@code requireLegalBasis} option is on.
     *
     * <pre>{@code
     * @PersonalData(legalBasis = LegalBasis.CONSENT, ...)
     * private String newsletterEmail;
     * }</pre>
     *
     * @return the legal bases; empty if not given
     */
    LegalBasis[] legalBasis() default {};
}
