package io.github.pdguard.analysis.discovery;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.SimpleName;
import io.github.pdguard.analysis.discovery.NameDictionary.Match;
import io.github.pdguard.analysis.model.TypeInfo;
import io.github.pdguard.analysis.source.SourceFile;

/**
 * An unannotated field or record component whose name suggests personal data.
 *
 * @param type        the type that declares it
 * @param declaration the {@code FieldDeclaration} or the record component ({@code Parameter}) that
 *                    an annotation would be put on
 * @param name        the element's name, where findings are reported
 * @param element     a field or a record component
 * @param javaType    its declared Java type as written ({@code String}, {@code List<String>})
 * @param match       what the dictionary matched
 * @param suppressedBy the {@code @SuppressWarnings} value that suppresses it, or {@code null}
 */
public record Candidate(TypeInfo type, Node declaration, SimpleName name, Element element, String javaType, Match match,
                        String suppressedBy) {

    /** Where a candidate is declared. */
    public enum Element {
        FIELD, RECORD_COMPONENT;

        /** {@code field}, {@code record component}. */
        public String describe() {
            return this == FIELD ? "field" : "record component";
        }
    }

    public SourceFile file() {
        return type.file();
    }

    /** {@code Customer.email}, {@code Customer.Address.city}. */
    public String displayName() {
        return type.displayName() + "." + name.getIdentifier();
    }

    public int line() {
        return name.getBegin().map(p -> p.line).orElse(1);
    }

    public int column() {
        return name.getBegin().map(p -> p.column).orElse(1);
    }

    public boolean isSuppressed() {
        return suppressedBy != null;
    }

    /** The annotation to declare it with, written with simple names. */
    public String annotation() {
        return Suggestion.annotation(match, false);
    }

    /**
     * Why it was matched: {@code CONTACT; matched "email"}, {@code IDENTITY; matched "name" in
     * person-like type Customer}, {@code IDENTITY; matched "name" after "customer"}.
     */
    public String reason() {
        StringBuilder reason = new StringBuilder(match.categoryName()).append("; matched \"").append(match.matched()).append('"');
        if (match.weak() && match.person() != null) {
            if (match.person().equals(type.displayName())) {
                reason.append(" in person-like type ").append(type.simpleName());
            } else {
                reason.append(" after \"").append(match.person()).append('"');
            }
        }
        return reason.toString();
    }
}
