package io.github.pdguard.analysis.classpath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One runtime-visible annotation read from a class file: its type's source name and the element
 * values written at the use site. Elements left at their default are absent (a class file does not
 * repeat defaults), which is exactly "not given". Values are read only for annotations the reader
 * was asked for (by default the pdguard annotations); for all others {@link #values()} is empty.
 */
public record AnnotationInfo(String typeName, Map<String, ElementValue> values) {
    /** The package of pdguard's annotations. */
    public static final String PDGUARD_PACKAGE = "io.github.pdguard.annotations";
    public static final String PERSONAL_DATA = PDGUARD_PACKAGE + ".PersonalData";
    public static final String SENSITIVE = PDGUARD_PACKAGE + ".Sensitive";
    public static final String PROCESSING_PURPOSE = PDGUARD_PACKAGE + ".ProcessingPurpose";
    public static final String REDACTS = PDGUARD_PACKAGE + ".Redacts";

    public AnnotationInfo {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Whether the type is one of {@code io.github.pdguard.annotations}. */
    public boolean isPdguard() {
        return isPdguard(typeName);
    }

    static boolean isPdguard(String typeName) {
        return typeName.startsWith(PDGUARD_PACKAGE + ".");
    }

    /** {@code @PersonalData} or {@code @Sensitive}. */
    public boolean isDataDeclaration() {
        return typeName.equals(PERSONAL_DATA) || typeName.equals(SENSITIVE);
    }

    public String simpleName() {
        int dot = typeName.lastIndexOf('.');
        return dot < 0 ? typeName : typeName.substring(dot + 1);
    }

    /** Whether the element is written at the use site. */
    public boolean has(String element) {
        return values.containsKey(element);
    }

    public Optional<ElementValue> value(String element) {
        return Optional.ofNullable(values.get(element));
    }

    /** A {@code String} element ({@code retention}), if written. */
    public Optional<String> string(String element) {
        ElementValue value = values.get(element);
        return value instanceof ElementValue.StringValue s ? Optional.of(s.value()) : Optional.empty();
    }

    /**
     * The strings of a {@code String} or {@code String[]} element ({@code purposes}, {@code value});
     * empty when the element is not written or written as {@code {}}.
     */
    public List<String> strings(String element) {
        List<String> result = new ArrayList<>();
        ElementValue value = values.get(element);
        if (value != null) {
            for (ElementValue item : value.elements()) {
                if (item instanceof ElementValue.StringValue s) {
                    result.add(s.value());
                }
            }
        }
        return result;
    }

    /** The constant names of an enum or enum-array element ({@code category}, {@code legalBasis}). */
    public List<String> enumConstants(String element) {
        List<String> result = new ArrayList<>();
        ElementValue value = values.get(element);
        if (value != null) {
            for (ElementValue item : value.elements()) {
                if (item instanceof ElementValue.EnumValue e) {
                    result.add(e.constant());
                }
            }
        }
        return result;
    }

    static Optional<AnnotationInfo> find(List<AnnotationInfo> annotations, String typeName) {
        for (AnnotationInfo annotation : annotations) {
            if (annotation.typeName().equals(typeName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    static Optional<AnnotationInfo> dataDeclaration(List<AnnotationInfo> annotations) {
        for (AnnotationInfo annotation : annotations) {
            if (annotation.isDataDeclaration()) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    static boolean anyPdguard(List<AnnotationInfo> annotations) {
        for (AnnotationInfo annotation : annotations) {
            if (annotation.isPdguard()) {
                return true;
            }
        }
        return false;
    }
}
