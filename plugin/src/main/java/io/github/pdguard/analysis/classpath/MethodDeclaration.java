package io.github.pdguard.analysis.classpath;

import java.util.List;
import java.util.Optional;

/**
 * A method or constructor ({@code <init>}) of a class file. Its body is not read.
 *
 * @param name                 the method's name; {@code <init>} for constructors, {@code <clinit>} for a static initialiser
 * @param descriptor           its JVM descriptor ({@code (Ljava/lang/String;I)V})
 * @param signature            its generic signature, or {@code null}
 * @param accessFlags          its access flags ({@link AccessFlags})
 * @param parameterTypes       the erased parameter types as source names, one per descriptor parameter
 *                             (including parameters javac adds: an inner class's outer instance, an enum's name and ordinal)
 * @param returnType           the erased return type as a source name; {@code void} for none
 * @param parameterNames       the parameter names when the class file has them ({@code MethodParameters} from
 *                             {@code -parameters}, or the {@code LocalVariableTable} from {@code -g}); otherwise empty
 * @param annotations          its runtime-visible annotations (on a method: about its return value)
 * @param parameterAnnotations the runtime-visible annotations of each parameter; always {@link #parameterCount()} lists
 */
public record MethodDeclaration(String name, String descriptor, String signature, int accessFlags,
                                List<String> parameterTypes, String returnType, List<String> parameterNames,
                                List<AnnotationInfo> annotations, List<List<AnnotationInfo>> parameterAnnotations) implements Annotated {

    public MethodDeclaration {
        parameterTypes = List.copyOf(parameterTypes);
        parameterNames = List.copyOf(parameterNames);
        annotations = List.copyOf(annotations);
        parameterAnnotations = parameterAnnotations.stream().map(List::copyOf).toList();
    }

    public int parameterCount() {
        return parameterTypes.size();
    }

    public boolean isConstructor() {
        return name.equals("<init>");
    }

    public boolean isStaticInitializer() {
        return name.equals("<clinit>");
    }

    public boolean isStatic() {
        return AccessFlags.has(accessFlags, AccessFlags.STATIC);
    }

    public boolean isAbstract() {
        return AccessFlags.has(accessFlags, AccessFlags.ABSTRACT);
    }

    /** Compiler-made: bridges, lambda bodies, accessors for nest mates of old class files. */
    public boolean isSynthetic() {
        return AccessFlags.has(accessFlags, AccessFlags.SYNTHETIC);
    }

    public boolean isBridge() {
        return AccessFlags.has(accessFlags, AccessFlags.BRIDGE);
    }

    /** The {@code @ProcessingPurpose} purposes on this method or constructor, if it has one. */
    public Optional<List<String>> processingPurposes() {
        return annotation(AnnotationInfo.PROCESSING_PURPOSE).map(a -> a.strings("value"));
    }

    /** Whether it is annotated {@code @Redacts}: its return value is not personal data. */
    public boolean isRedacts() {
        return annotation(AnnotationInfo.REDACTS).isPresent();
    }

    /** The {@code @PersonalData} or {@code @Sensitive} of parameter {@code index}. */
    public Optional<AnnotationInfo> parameterDataDeclaration(int index) {
        return AnnotationInfo.dataDeclaration(parameterAnnotations.get(index));
    }

    /** Whether a pdguard annotation is on the method or any of its parameters. */
    public boolean declaresPdguard() {
        if (AnnotationInfo.anyPdguard(annotations)) {
            return true;
        }
        for (List<AnnotationInfo> parameter : parameterAnnotations) {
            if (AnnotationInfo.anyPdguard(parameter)) {
                return true;
            }
        }
        return false;
    }
}
