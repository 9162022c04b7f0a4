package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.ArrayList;
import java.util.List;

/**
 * One {@code @PersonalData} or {@code @Sensitive} annotation on an element, with its own
 * attribute values and the annotated enclosing type it inherits missing attributes from.
 */
public final class DataDeclaration {

    public enum Kind { PERSONAL_DATA, SENSITIVE }

    public enum Element {
        TYPE, FIELD, RECORD_COMPONENT, PARAMETER, METHOD;

        /** Fields, record components and types are declarations; parameters and methods are values in transit. */
        public boolean isStored() {
            return this == TYPE || this == FIELD || this == RECORD_COMPONENT;
        }
    }

    private final Kind kind;
    private final Element element;
    private final Node node;
    private final Node name;
    private final TypeInfo owner;
    private final String displayName;
    private final AnnotationExpr annotation;
    private final List<String> categories;
    private final AttributeValue<List<String>> purposes;
    private final AttributeValue<String> retention;
    private final AttributeValue<List<String>> legalBasis;
    private final AttributeValue<List<String>> condition;
    private final List<String> problems;
    private DataDeclaration inheritsFrom;

    DataDeclaration(Kind kind, Element element, Node node, Node name, TypeInfo owner, String displayName,
                    AnnotationExpr annotation, List<String> categories, AttributeValue<List<String>> purposes,
                    AttributeValue<String> retention, AttributeValue<List<String>> legalBasis,
                    AttributeValue<List<String>> condition, List<String> problems) {
        this.kind = kind;
        this.element = element;
        this.node = node;
        this.name = name;
        this.owner = owner;
        this.displayName = displayName;
        this.annotation = annotation;
        this.categories = List.copyOf(categories);
        this.purposes = purposes;
        this.retention = retention;
        this.legalBasis = legalBasis;
        this.condition = condition;
        this.problems = List.copyOf(problems);
    }

    void inheritFrom(DataDeclaration enclosingTypeDeclaration) {
        this.inheritsFrom = enclosingTypeDeclaration;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isSensitive() {
        return kind == Kind.SENSITIVE;
    }

    public Element element() {
        return element;
    }

    /** The annotated element: a variable declarator, a record component or parameter, a method or a type. */
    public Node node() {
        return node;
    }

    /** The element's name, where findings about the declaration are reported. */
    public Node name() {
        return name;
    }

    public TypeInfo owner() {
        return owner;
    }

    public SourceFile file() {
        return owner.file();
    }

    /** How messages name the element: {@code Customer.email}, {@code Ward.admit(diagnosis)}. */
    public String displayName() {
        return displayName;
    }

    public AnnotationExpr annotation() {
        return annotation;
    }

    /** Category or special-category names, as written. */
    public List<String> categories() {
        return categories;
    }

    /** Problems with the values written on this annotation itself (for {@code invalid-declaration}). */
    public List<String> problems() {
        return problems;
    }

    public AttributeValue<List<String>> ownPurposes() {
        return purposes;
    }

    public AttributeValue<List<String>> purposes() {
        return purposes.orInherit(inheritsFrom == null ? null : inheritsFrom.purposes());
    }

    public AttributeValue<String> retention() {
        return retention.orInherit(inheritsFrom == null ? null : inheritsFrom.retention());
    }

    public AttributeValue<List<String>> legalBasis() {
        return legalBasis.orInherit(inheritsFrom == null ? null : inheritsFrom.legalBasis());
    }

    /** Art. 9(2) conditions; only {@code @Sensitive} declarations carry them. */
    public AttributeValue<List<String>> condition() {
        return condition.orInherit(inheritsFrom == null ? null : inheritsFrom.condition());
    }

    /** {@code Customer.email (CONTACT)}, {@code Patient.diagnosis (HEALTH, special category)}. */
    public String describe() {
        List<String> parts = new ArrayList<>(categories);
        if (isSensitive()) {
            parts.add("special category");
        }
        return parts.isEmpty() ? displayName : displayName + " (" + String.join(", ", parts) + ")";
    }

    @Override
    public String toString() {
        return displayName;
    }
}
