package io.github.pdguard.analysis.classpath;

import java.util.List;
import java.util.Optional;

/**
 * A field of a class file.
 *
 * @param name          the field's name
 * @param descriptor    its JVM descriptor ({@code Ljava/lang/String;}, {@code Z})
 * @param typeName      its erased type as a source name ({@code java.lang.String}, {@code boolean}, {@code a.Outer.Inner[]})
 * @param signature     its generic signature ({@code Ljava/util/List<Ljava/lang/String;>;}), or {@code null} when not generic
 * @param accessFlags   the field's access flags ({@link AccessFlags})
 * @param annotations   its runtime-visible annotations
 * @param constantValue the value of a {@code static final} compile-time constant ({@code String}, {@code Integer},
 *                      {@code Long}, {@code Float}, {@code Double}), or {@code null}
 */
public record FieldDeclaration(String name, String descriptor, String typeName, String signature, int accessFlags,
                               List<AnnotationInfo> annotations, Object constantValue) implements Annotated {

    public FieldDeclaration {
        annotations = List.copyOf(annotations);
    }

    public boolean isStatic() {
        return AccessFlags.has(accessFlags, AccessFlags.STATIC);
    }

    public boolean isFinal() {
        return AccessFlags.has(accessFlags, AccessFlags.FINAL);
    }

    public boolean isSynthetic() {
        return AccessFlags.has(accessFlags, AccessFlags.SYNTHETIC);
    }

    public boolean isEnumConstant() {
        return AccessFlags.has(accessFlags, AccessFlags.ENUM);
    }

    public boolean declaresPdguard() {
        return AnnotationInfo.anyPdguard(annotations);
    }
}
