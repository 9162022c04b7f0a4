package io.github.pdguard.analysis.classpath;

import java.util.List;

/**
 * One annotation element value as stored in a class file (JVMS §4.7.16.1). Constants that the
 * source wrote as references ({@code Purposes.BILLING}) arrive here as their value: javac inlines
 * compile-time constants into annotations.
 */
public sealed interface ElementValue {

    /** Tag {@code s}. */
    record StringValue(String value) implements ElementValue {
    }

    /**
     * Tags {@code B C D F I J S Z}: a {@link Byte}, {@link Character}, {@link Double}, {@link Float},
     * {@link Integer}, {@link Long}, {@link Short} or {@link Boolean}.
     */
    record PrimitiveValue(Object value) implements ElementValue {
    }

    /** Tag {@code e}: an enum constant, with the enum's source name ({@code io.github.pdguard.annotations.Category}). */
    record EnumValue(String typeName, String constant) implements ElementValue {
    }

    /** Tag {@code c}: a class literal, as a source type name ({@code java.lang.String}, {@code int[]}, {@code void}). */
    record ClassValue(String typeName) implements ElementValue {
    }

    /** Tag {@code @}: a nested annotation. */
    record AnnotationValue(AnnotationInfo annotation) implements ElementValue {
    }

    /** Tag {@code [}. */
    record ArrayValue(List<ElementValue> values) implements ElementValue {
        public ArrayValue {
            values = List.copyOf(values);
        }
    }

    /** The elements of an array value, or this value alone (Java lets {@code x = v} stand for {@code x = {v}}). */
    default List<ElementValue> elements() {
        return this instanceof ArrayValue array ? array.values() : List.of(this);
    }
}
