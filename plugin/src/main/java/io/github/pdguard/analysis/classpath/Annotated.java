package io.github.pdguard.analysis.classpath;

import java.util.List;
import java.util.Optional;

/** A class, field, method or record component read from a class file, with its runtime-visible annotations. */
public interface Annotated {

    List<AnnotationInfo> annotations();

    default Optional<AnnotationInfo> annotation(String typeName) {
        return AnnotationInfo.find(annotations(), typeName);
    }

    default Optional<AnnotationInfo> personalData() {
        return annotation(AnnotationInfo.PERSONAL_DATA);
    }

    default Optional<AnnotationInfo> sensitive() {
        return annotation(AnnotationInfo.SENSITIVE);
    }

    /** Its {@code @PersonalData} or {@code @Sensitive}, whichever comes first. */
    default Optional<AnnotationInfo> dataDeclaration() {
        return AnnotationInfo.dataDeclaration(annotations());
    }
}
