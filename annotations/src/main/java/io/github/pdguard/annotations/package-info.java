/**
 * Annotations that declare personal data under the GDPR, what it may be used for, how long it
 * is kept and on which legal basis it is processed. The pdguard Maven plugin reads them from
 * the source code at build time; they have runtime retention so that other tools can read them
 * too, and this module has no dependencies and runs on Java 8 and later.
 *
 * <p><b>Declaring data.</b>
 * <ul>
 *   <li>{@link io.github.pdguard.annotations.PersonalData} marks personal data
 *       (Art. 4(1) GDPR) on a field, record component, method (its return value), parameter
 *       or type, with its {@link io.github.pdguard.annotations.Category categories}, purposes
 *       (purpose limitation, Art. 5(1)(b)), retention (storage limitation, Art. 5(1)(e)) and
 *       {@link io.github.pdguard.annotations.LegalBasis legal basis} (Art. 6(1)(a)–(f)).</li>
 *   <li>{@link io.github.pdguard.annotations.Sensitive} marks special-category data
 *       (Art. 9(1)) and criminal-conviction data (Art. 10) with a
 *       {@link io.github.pdguard.annotations.SpecialCategory} and additionally requires an
 *       {@link io.github.pdguard.annotations.Article9Condition} (Art. 9(2)(a)–(j)).</li>
 * </ul>
 *
 * <p><b>Declaring processing.</b>
 * <ul>
 *   <li>{@link io.github.pdguard.annotations.ProcessingPurpose} on a method, constructor, type
 *       or package states what the code processes personal data for. Data read there must
 *       have been declared for at least one of those purposes. The nearest declaration wins:
 *       method or constructor, then enclosing types from inner to outer, then the package;
 *       lambdas and anonymous classes belong to their enclosing method.</li>
 *   <li>{@link io.github.pdguard.annotations.Redacts} on a method states that its return value
 *       is not personal data (masking, anonymising, hashing; Art. 25).</li>
 * </ul>
 *
 * <p><b>How attributes combine.</b> {@code @PersonalData} or {@code @Sensitive} on a type
 * makes every instance personal data and gives default {@code purposes}, {@code retention},
 * {@code legalBasis} (and {@code condition}) to the annotated fields and record components
 * declared in it and in its nested types. A member's own non-empty attribute wins; an empty
 * attribute ({@code {}} or {@code ""}) means "not given" and is inherited. Retention is an
 * ISO-8601 period or duration ({@code P30D}, {@code P2Y6M}, {@code PT48H}; {@code P0D} = not
 * stored). Purposes are free strings, given as literals or compile-time {@code String}
 * constants, and compared exactly.
 *
 * <pre>{@code
 * @PersonalData(purposes = Purposes.BILLING, retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
 * public record Customer(
 *         @PersonalData(category = Category.IDENTITY) String name,
 *         @PersonalData(category = Category.CONTACT, purposes = {Purposes.BILLING, "newsletter"}) String email,
 *         @Sensitive(category = SpecialCategory.HEALTH, purposes = "catering", retention = "P1Y",
 *                    condition = Article9Condition.EXPLICIT_CONSENT) String allergies) {
 * }
 *
 * @ProcessingPurpose(Purposes.BILLING)
 * class InvoiceService {
 *     String header(Customer c) {
 *         return c.name() + " " + Masking.maskEmail(c.email());
 *     }
 * }
 *
 * final class Masking {
 *     @Redacts
 *     static String maskEmail(String email) { return email.charAt(0) + "***"; }
 * }
 * }</pre>
 *
 * <p>From these declarations pdguard finds personal data that reaches logs, exception messages
 * or {@code toString()}, data used for purposes it was not collected for, and declarations
 * without a retention, purpose or legal basis; it also writes an inventory of the declared data
 * and processing contexts as a starting point for the records of processing activities
 * (Art. 30 GDPR).
 */
package io.github.pdguard.annotations;
