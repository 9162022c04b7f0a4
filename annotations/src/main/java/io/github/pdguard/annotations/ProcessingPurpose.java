package io.github.pdguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the purposes for which the annotated code processes personal data: a processing
 * context. pdguard checks purpose limitation (Art. 5(1)(b) GDPR): personal data read inside a
 * context must share at least one purpose with the context, otherwise the use is a
 * {@code purpose-violation}. The contexts and the data they use are listed in the
 * records-of-processing inventory (Art. 30 GDPR).
 *
 * <pre>{@code
 * @ProcessingPurpose("billing")
 * public class InvoiceService {
 *
 *     String addressLine(Customer c) {
 *         return c.getPostalAddress();   // OK if the address was declared for "billing"
 *     }
 *
 *     @ProcessingPurpose({"marketing", Purposes.NEWSLETTER})
 *     void sendOffer(Customer c) {
 *         mailer.send(c.getEmail());     // checked against "marketing" and "newsletter"
 *     }
 * }
 * }</pre>
 *
 * <p><b>The nearest declaration wins.</b> The context of a piece of code is the
 * {@code @ProcessingPurpose} on its method or constructor; if there is none, the one on the
 * enclosing types, from the innermost to the outermost; if there is none, the one on the
 * package (in {@code package-info.java}). Lambdas and anonymous classes belong to the method
 * that encloses them. The declarations do not merge: a method's own declaration replaces the
 * class's.
 *
 * <pre>{@code
 * // package-info.java
 * @ProcessingPurpose("analytics")
 * package com.example.analytics;
 *
 * import io.github.pdguard.annotations.ProcessingPurpose;
 * }</pre>
 *
 * <p>A method in a declared context is a boundary: the contexts of its callers do not pass
 * through it, and helper methods it calls that have no context of their own are checked in
 * its context.
 *
 * @see PersonalData#purposes()
 * @see Sensitive#purposes()
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.PACKAGE})
public @interface ProcessingPurpose {

    /**
     * The purposes of this processing context (Art. 5(1)(b) GDPR). Free strings compared
     * exactly (case-sensitive) with the {@code purposes} of {@link PersonalData} and
     * {@link Sensitive}. Each value may be a string literal, a compile-time constant
     * {@code String} field of your code, or a constant expression made of them;
     * {@code "billing"} and {@code Purposes.BILLING} (with {@code BILLING = "billing"}) are the
     * same purpose.
     *
     * <pre>{@code
     * @ProcessingPurpose({Purposes.BILLING, "fraud-prevention"})
     * }</pre>
     *
     * @return the purposes of the annotated code
     */
    String[] value();
}
