package io.github.pdguard.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sanitizer: the method's return value is not personal data, whatever is passed in.
 * Use it for methods that mask, anonymise, truncate or hash data so that the result can be
 * logged or passed on safely (data protection by design and by default, Art. 25 GDPR).
 * Logging the result of a {@code @Redacts} method is not a {@code log-leak}, and a
 * {@code toString()} that only exposes such results is not a {@code tostring-leak}.
 *
 * <pre>{@code
 * public final class Masking {
 *
 *     @Redacts
 *     public static String maskEmail(String email) {
 *         int at = email.indexOf('@');
 *         return at <= 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
 *     }
 * }
 *
 * log.info("Invoice sent to {}", Masking.maskEmail(customer.getEmail()));   // no finding
 * }</pre>
 *
 * <p>Passing personal data into a {@code @Redacts} method still reads it, so the call is
 * checked for purpose limitation like any other use. Sanitizers of libraries you cannot
 * annotate can be named in the plugin configuration instead.
 *
 * <p>pdguard trusts the annotation: make sure the result really cannot identify the person
 * (a short unsalted hash of an e-mail address, for example, still can).
 *
 * @see PersonalData
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Redacts {
}
