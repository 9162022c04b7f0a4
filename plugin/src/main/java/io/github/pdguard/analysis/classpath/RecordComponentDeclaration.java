package io.github.pdguard.analysis.classpath;

import java.util.List;
import java.util.Optional;

/**
 * A record component, from the class file's {@code Record} attribute (or, when a tool that rewrote
 * the class dropped that attribute, from the record's instance fields, which are its components in order).
 *
 * <p>Java copies a component's annotation to the places its {@code @Target} allows: the field,
 * the accessor, the canonical constructor's parameter, and the component itself only for
 * {@code RECORD_COMPONENT} targets (not pdguard's). {@link #annotations()} is therefore the union,
 * without repeating a type, of the annotations on the component, on its private field and on its
 * accessor method, in that order.
 *
 * @param name       the component's name (also its field's and its accessor's name)
 * @param descriptor its JVM descriptor
 * @param typeName   its erased type as a source name
 * @param signature  its generic signature, or {@code null}
 * @param annotations the merged annotations
 */
public record RecordComponentDeclaration(String name, String descriptor, String typeName, String signature,
                                         List<AnnotationInfo> annotations) implements Annotated {

    public RecordComponentDeclaration {
        annotations = List.copyOf(annotations);
    }

    public boolean declaresPdguard() {
        return AnnotationInfo.anyPdguard(annotations);
    }
}
