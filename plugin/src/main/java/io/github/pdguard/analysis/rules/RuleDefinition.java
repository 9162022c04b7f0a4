package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.Severity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one place a rule's public identity lives: its id, default severity and description. The
 * README rule table and the SARIF rule metadata are generated from it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleDefinition {
    /** The rule id users configure and see, e.g. {@code missing-retention}. */
    String id();

    Severity severity();

    /** Rules that are off unless configured (SPEC: {@code undeclared-purpose}). */
    boolean onByDefault() default true;

    /** One line: when the rule fires. */
    String summary();

    /** One paragraph: what the rule checks, why (the GDPR article), and how to fix a finding. */
    String description();
}
