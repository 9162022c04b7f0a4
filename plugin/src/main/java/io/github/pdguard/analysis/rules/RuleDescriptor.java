package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.Severity;

import java.util.Optional;

/** A rule's public identity, read from its {@link RuleDefinition}. */
public record RuleDescriptor(String id, Severity severity, boolean onByDefault, String summary, String description) {

    static RuleDescriptor of(Class<?> ruleClass) {
        RuleDefinition definition = ruleClass.getAnnotation(RuleDefinition.class);
        if (definition == null) {
            throw new IllegalStateException(ruleClass.getName() + " lacks @RuleDefinition");
        }
        return new RuleDescriptor(definition.id(), definition.severity(), definition.onByDefault(),
                definition.summary(), definition.description());
    }

    /** The severity a rule has when the user configures nothing; empty when it is off by default. */
    public Optional<Severity> defaultSeverity() {
        return onByDefault ? Optional.of(severity) : Optional.empty();
    }

    /** As shown in tables: {@code error}, {@code warning}, {@code note} or {@code off}. */
    public String defaultSeverityName() {
        return defaultSeverity().map(Severity::id).orElse("off");
    }
}
