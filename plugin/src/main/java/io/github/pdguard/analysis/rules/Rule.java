package io.github.pdguard.analysis.rules;

/** One check. Each implementation carries its {@link RuleDefinition}. */
public interface Rule {
    void check(RuleContext context);

    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}
