package io.github.pdguard.analysis.model;

/**
 * One attribute of a declaration as written: not given (absent or empty, so it inherits), given,
 * or given but unusable (not a constant, not ISO-8601). An unusable value does not inherit: it is
 * reported once, as {@code invalid-declaration}, and nothing else is reported for it.
 */
public sealed interface AttributeValue<T> {

    record Absent<T>() implements AttributeValue<T> {
    }

    record Present<T>(T value) implements AttributeValue<T> {
    }

    record Invalid<T>(String reason) implements AttributeValue<T> {
    }

    static <T> AttributeValue<T> absent() {
        return new Absent<>();
    }

    default boolean isAbsent() {
        return this instanceof Absent;
    }

    default boolean isInvalid() {
        return this instanceof Invalid;
    }

    /** This value unless it is absent, then the fallback: how a member inherits from its type. */
    default AttributeValue<T> orInherit(AttributeValue<T> fallback) {
        return isAbsent() && fallback != null ? fallback : this;
    }
}
