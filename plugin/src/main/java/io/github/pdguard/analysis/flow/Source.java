package io.github.pdguard.analysis.flow;

import io.github.pdguard.analysis.model.AttributeValue;
import io.github.pdguard.analysis.model.DataDeclaration;

import java.util.List;

/**
 * Where personal data comes from: a declaration that is read, an object of a declared type (or
 * of a type whose {@code toString()} exposes declared fields), or a known API such as
 * {@code HttpServletRequest.getRemoteAddr()}.
 *
 * @param name        how messages name it ({@code Customer.email}, {@code HttpServletRequest.getRemoteAddr()})
 * @param purposes    the data's effective purposes; empty when it has none (then it is not purpose-checked)
 * @param declaration the declaration in the analysed sources, or {@code null} for an API source or a
 *                    declaration read from a compiled class
 * @param kind        whether reading it is a purpose use
 */
public record Source(String name, List<String> categories, boolean special, List<String> purposes,
                     DataDeclaration declaration, Kind kind) {

    public enum Kind {
        /** Reading a declared field, component, parameter or method result: a purpose use. */
        READ,
        /** Holding an object of a declared type, or one whose toString exposes declared fields: not a purpose use. */
        OBJECT,
        /** A known or configured API source; it has no declared purposes. */
        API,
        /**
         * An undeclared field, parameter, local or getter whose name strongly suggests personal data
         * ({@code probable-log-leak}); never a purpose use, never a {@code log-leak}.
         */
        INFERRED
    }

    public static Source read(DataDeclaration declaration) {
        return new Source(declaration.displayName(), declaration.categories(), declaration.isSensitive(),
                purposesOf(declaration), declaration, Kind.READ);
    }

    public static Source object(DataDeclaration declaration) {
        return new Source(declaration.displayName(), declaration.categories(), declaration.isSensitive(),
                purposesOf(declaration), declaration, Kind.OBJECT);
    }

    public static Source inferred(String name, String category, boolean special) {
        return new Source(name, List.of(category), special, List.of(), null, Kind.INFERRED);
    }

    public boolean isInferred() {
        return kind == Kind.INFERRED;
    }

    public static Source api(String name, List<String> categories) {
        return new Source(name, categories, false, List.of(), null, Kind.API);
    }

    private static List<String> purposesOf(DataDeclaration declaration) {
        return declaration.purposes() instanceof AttributeValue.Present<List<String>> p ? p.value() : List.of();
    }

    /** {@code Customer.email (CONTACT)}, {@code Patient.diagnosis (HEALTH, special category)}. */
    public String describe() {
        StringBuilder text = new StringBuilder(name);
        if (!categories.isEmpty() || special) {
            text.append(" (").append(String.join(", ", categories));
            if (special) {
                text.append(categories.isEmpty() ? "" : ", ").append("special category");
            }
            if (kind == Kind.INFERRED) {
                text.append(", inferred from its name");
            }
            text.append(')');
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Source s && s.name.equals(name) && s.kind == kind;
    }

    @Override
    public int hashCode() {
        // Hashed in every set of every value: no varargs array.
        return name.hashCode() * 31 + kind.ordinal();
    }
}
