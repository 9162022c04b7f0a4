package io.github.pdguard.analysis.flow;

import io.github.pdguard.analysis.classpath.AnnotationInfo;
import io.github.pdguard.analysis.classpath.ClassDeclarations;
import io.github.pdguard.analysis.classpath.ClassFileReader;
import io.github.pdguard.analysis.classpath.ClasspathDeclarations;
import io.github.pdguard.analysis.classpath.FieldDeclaration;
import io.github.pdguard.analysis.classpath.MethodDeclaration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Declarations from compiled classes of other modules and dependency jars (SPEC 3.5), as sources
 * of the value analysis: they count exactly as declarations in the analysed sources. Attribute
 * inheritance follows the same rule: a member's own non-empty value wins, then the nearest
 * annotated enclosing type's.
 */
final class ExternalDeclarations {
    private final ClasspathDeclarations classpath;
    /** The JDK's classes read so far (by source name), for their methods' return types; empty: not a JDK class. */
    private final Map<String, Optional<ClassDeclarations>> jdkClasses = new HashMap<>();
    /** Answers of {@link #jdkReturnsOnlyPrimitives}, asked on every evaluation of every call. */
    private final Map<MethodKey, Boolean> jdkPrimitiveResults = new HashMap<>();

    private record MethodKey(String typeName, String method, int arity) {
    }

    ExternalDeclarations(ClasspathDeclarations classpath) {
        this.classpath = classpath;
    }

    boolean knows(String typeName) {
        return classpath.find(typeName).isPresent();
    }

    /** Reading a field of a compiled class ({@code c.email}, also inherited). */
    Optional<Source> field(String typeName, String fieldName) {
        for (ClassDeclarations type : withSupertypes(typeName)) {
            Optional<FieldDeclaration> field = type.field(fieldName);
            if (field.isPresent()) {
                return field.get().dataDeclaration()
                        .map(annotation -> source(type, fieldName, annotation, Source.Kind.READ));
            }
        }
        return Optional.empty();
    }

    /** A getter of a compiled class whose body is not available, matched by convention to an annotated field. */
    Optional<Source> getter(String typeName, String method) {
        Optional<ClassDeclarations> owner = classpath.getterOwner(typeName, method);
        Optional<FieldDeclaration> field = classpath.getterField(typeName, method);
        if (owner.isEmpty() || field.isEmpty()) {
            return Optional.empty();
        }
        return field.get().dataDeclaration()
                .map(annotation -> source(owner.get(), field.get().name(), annotation, Source.Kind.READ));
    }

    /** Calling a method annotated {@code @PersonalData}/{@code @Sensitive} (its return value). */
    Optional<Source> method(String typeName, String method, int arity) {
        for (ClassDeclarations type : withSupertypes(typeName)) {
            for (MethodDeclaration declared : type.methods(method)) {
                if (declared.parameterCount() == arity && declared.dataDeclaration().isPresent()) {
                    return Optional.of(source(type, method + "()", declared.dataDeclaration().get(), Source.Kind.READ));
                }
            }
        }
        return Optional.empty();
    }

    /** Every instance of a type annotated at type level is personal data. */
    Optional<Source> type(String typeName) {
        return classpath.find(typeName).flatMap(type -> type.dataDeclaration()
                .map(annotation -> source(type, null, annotation, Source.Kind.OBJECT)));
    }

    /**
     * The return type of a method a compiled class of the classpath declares (with its supertypes),
     * or empty when the class or method is not known.
     */
    Optional<String> returnType(String typeName, String method, int arity) {
        for (ClassDeclarations type : withSupertypes(typeName)) {
            for (MethodDeclaration declared : type.methods(method)) {
                if (declared.parameterCount() == arity) {
                    return Optional.of(declared.returnType());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a JDK type (with its supertypes) declares methods of this name and number of
     * parameters, and all of them return a primitive or nothing. Read from the class files of the
     * JDK pdguard runs on, which are never loaded; false for other types and unknown methods.
     */
    boolean jdkReturnsOnlyPrimitives(String typeName, String method, int arity) {
        if (!typeName.startsWith("java.")) {
            return false;
        }
        return jdkPrimitiveResults.computeIfAbsent(new MethodKey(typeName, method, arity),
                key -> declaresOnlyPrimitiveResults(typeName, method, arity));
    }

    private boolean declaresOnlyPrimitiveResults(String typeName, String method, int arity) {
        boolean found = false;
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(typeName));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            Optional<ClassDeclarations> type = seen.add(next) ? jdkClass(next) : Optional.empty();
            if (type.isEmpty()) {
                continue;
            }
            for (MethodDeclaration declared : type.get().methods(method)) {
                if (declared.parameterCount() == arity) {
                    // The same test as for the classpath's methods in the flow analysis.
                    if (!JType.named(declared.returnType()).isPrimitive() && !declared.returnType().equals("void")) {
                        return false;
                    }
                    found = true;
                }
            }
            if (type.get().superclass() != null) {
                pending.push(type.get().superclass());
            }
            type.get().interfaces().forEach(pending::push);
        }
        return found;
    }

    private Optional<ClassDeclarations> jdkClass(String sourceName) {
        return jdkClasses.computeIfAbsent(sourceName, name -> {
            // java.util.Map.Entry is java/util/Map$Entry.class: try the nested spellings too.
            String path = name.replace('.', '/');
            for (int nesting = 0; nesting < 3 && path.indexOf('/') >= 0; nesting++) {
                try (InputStream in = ClassLoader.getSystemResourceAsStream(path + ".class")) {
                    if (in != null) {
                        return Optional.of(ClassFileReader.read(in.readAllBytes()));
                    }
                } catch (IOException | RuntimeException e) {
                    // Unreadable: treated as unknown, which keeps the analysis on the safe side.
                    return Optional.empty();
                }
                int last = path.lastIndexOf('/');
                path = path.substring(0, last) + '$' + path.substring(last + 1);
            }
            return Optional.empty();
        });
    }

    boolean redacts(String typeName, String method) {
        for (ClassDeclarations type : withSupertypes(typeName)) {
            for (MethodDeclaration declared : type.methods(method)) {
                if (declared.isRedacts()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<ClassDeclarations> withSupertypes(String typeName) {
        Optional<ClassDeclarations> type = classpath.find(typeName);
        if (type.isEmpty()) {
            return List.of();
        }
        List<ClassDeclarations> result = new java.util.ArrayList<>();
        result.add(type.get());
        result.addAll(classpath.supertypes(typeName));
        return result;
    }

    private Source source(ClassDeclarations owner, String member, AnnotationInfo own, Source.Kind kind) {
        String typeDisplay = owner.packageName().isEmpty() ? owner.sourceName()
                : owner.sourceName().substring(owner.packageName().length() + 1);
        String name = member == null ? typeDisplay : typeDisplay + "." + member;
        List<String> purposes = own.strings("purposes");
        if (purposes.isEmpty()) {
            // The member's own purposes win; otherwise the nearest annotated type's (its own first for a member).
            List<AnnotationInfo> defaults = classpath.typeDefaults(owner.sourceName());
            for (AnnotationInfo typeLevel : member == null ? defaults.subList(Math.min(1, defaults.size()), defaults.size()) : defaults) {
                if (!typeLevel.strings("purposes").isEmpty()) {
                    purposes = typeLevel.strings("purposes");
                    break;
                }
            }
        }
        boolean sensitive = own.typeName().equals(AnnotationInfo.SENSITIVE);
        return new Source(name, own.enumConstants("category"), sensitive, List.copyOf(purposes), null, kind);
    }
}
