package io.github.pdguard.analysis.classpath;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pdguard declarations of a classpath, by qualified source name: every class that carries a
 * pdguard annotation (on the type, a field, a method, a parameter or a record component), the
 * {@code package-info} classes with {@code @ProcessingPurpose}, and the classes of the classpath in
 * the type hierarchy of those (supertypes and subtypes), so that inherited members can be followed.
 * Where two entries define the same class, the earlier on the classpath wins, as for javac.
 *
 * <p>Immutable; safe to share between threads.
 */
public final class ClasspathDeclarations {
    private static final ClasspathDeclarations EMPTY = new ClasspathDeclarations(List.of(), List.of(),
            ScanStatistics.none());

    private final Map<String, ClassDeclarations> bySourceName = new LinkedHashMap<>();
    private final Map<String, ClassDeclarations> byBinaryName = new HashMap<>();
    private final Map<String, ClassDeclarations> packageInfos = new HashMap<>();
    private final Map<String, Map<String, FieldDeclaration>> getters = new HashMap<>();
    private final List<ClasspathProblem> problems;
    private final ScanStatistics statistics;

    /** Classes in classpath order; for the same name the first wins. */
    public ClasspathDeclarations(List<ClassDeclarations> classes, List<ClasspathProblem> problems,
                                 ScanStatistics statistics) {
        for (ClassDeclarations type : classes) {
            if (byBinaryName.putIfAbsent(type.binaryName(), type) != null) {
                continue;
            }
            if (type.isPackageInfo()) {
                packageInfos.putIfAbsent(type.packageName(), type);
            } else if (bySourceName.putIfAbsent(type.sourceName(), type) == null) {
                Map<String, FieldDeclaration> typeGetters = type.getters();
                if (!typeGetters.isEmpty()) {
                    getters.put(type.sourceName(), typeGetters);
                }
            }
        }
        this.problems = List.copyOf(problems);
        this.statistics = statistics;
    }

    public static ClasspathDeclarations empty() {
        return EMPTY;
    }

    /** The classes (not {@code package-info}), in classpath order. */
    public Collection<ClassDeclarations> classes() {
        return Collections.unmodifiableCollection(bySourceName.values());
    }

    public int size() {
        return bySourceName.size();
    }

    public boolean isEmpty() {
        return bySourceName.isEmpty() && packageInfos.isEmpty();
    }

    /** A class by its source name ({@code a.b.Outer.Inner}). */
    public Optional<ClassDeclarations> find(String sourceName) {
        return Optional.ofNullable(bySourceName.get(sourceName));
    }

    /** A class (or {@code package-info}) by its binary name ({@code a.b.Outer$Inner}). */
    public Optional<ClassDeclarations> findByBinaryName(String binaryName) {
        return Optional.ofNullable(byBinaryName.get(binaryName));
    }

    /** The {@code package-info} class of a package, when it carries a pdguard annotation. */
    public Optional<ClassDeclarations> packageInfo(String packageName) {
        return Optional.ofNullable(packageInfos.get(packageName));
    }

    /**
     * The known supertypes of a class, nearest first (breadth-first: superclass, then interfaces,
     * then theirs), without repeats. Supertypes outside this classpath index (the JDK, classes
     * without pdguard relevance) end the walk along their branch.
     */
    public List<ClassDeclarations> supertypes(String sourceName) {
        List<ClassDeclarations> result = new ArrayList<>();
        ClassDeclarations start = bySourceName.get(sourceName);
        if (start == null) {
            return result;
        }
        Set<String> seen = new HashSet<>();
        seen.add(start.sourceName());
        Deque<ClassDeclarations> work = new ArrayDeque<>();
        work.add(start);
        while (!work.isEmpty()) {
            ClassDeclarations type = work.removeFirst();
            List<String> direct = new ArrayList<>();
            if (type.superclass() != null) {
                direct.add(type.superclass());
            }
            direct.addAll(type.interfaces());
            for (String name : direct) {
                ClassDeclarations supertype = bySourceName.get(name);
                if (supertype != null && seen.add(name)) {
                    result.add(supertype);
                    work.add(supertype);
                }
            }
        }
        return result;
    }

    /** The class and its known enclosing classes, innermost first. */
    public List<ClassDeclarations> enclosingTypes(String sourceName) {
        List<ClassDeclarations> result = new ArrayList<>();
        ClassDeclarations type = bySourceName.get(sourceName);
        Set<String> seen = new HashSet<>();
        while (type != null && seen.add(type.sourceName())) {
            result.add(type);
            type = type.enclosingClass() == null ? null : bySourceName.get(type.enclosingClass());
        }
        return result;
    }

    /**
     * The type-level {@code @PersonalData}/{@code @Sensitive} declarations that give defaults to the
     * members of a class: its own, then its enclosing classes', innermost first. A member's own
     * non-empty attribute wins; otherwise the first of these that gives the attribute.
     */
    public List<AnnotationInfo> typeDefaults(String sourceName) {
        List<AnnotationInfo> result = new ArrayList<>();
        for (ClassDeclarations type : enclosingTypes(sourceName)) {
            type.dataDeclaration().ifPresent(result::add);
        }
        return result;
    }

    /**
     * The nearest {@code @ProcessingPurpose} for code of a class that has none on its method: the
     * class's own, then its enclosing classes' from inner to outer, then its package's.
     */
    public Optional<List<String>> processingPurposes(String sourceName) {
        for (ClassDeclarations type : enclosingTypes(sourceName)) {
            Optional<List<String>> purposes = type.processingPurposes();
            if (purposes.isPresent()) {
                return purposes;
            }
        }
        ClassDeclarations type = bySourceName.get(sourceName);
        String packageName = type != null ? type.packageName()
                : sourceName.lastIndexOf('.') < 0 ? "" : sourceName.substring(0, sourceName.lastIndexOf('.'));
        return packageInfo(packageName).flatMap(ClassDeclarations::processingPurposes);
    }

    /**
     * The annotated field a getter returns, by naming convention ({@link GetterConventions}), looking
     * in the class and then in its known supertypes: {@code getEmail()} called on a subclass of the
     * class that declares {@code email} finds it.
     */
    public Optional<FieldDeclaration> getterField(String sourceName, String methodName) {
        return getterOwner(sourceName, methodName).map(owner -> gettersOf(owner).get(methodName));
    }

    /** The getters of one class that return its annotated fields, by method name ({@link ClassDeclarations#getters()}). */
    public Map<String, FieldDeclaration> gettersOf(ClassDeclarations type) {
        Map<String, FieldDeclaration> known = getters.get(type.sourceName());
        return known != null && bySourceName.get(type.sourceName()) == type ? known : type.getters();
    }

    /** The class that declares the field a getter returns (see {@link #getterField}). */
    public Optional<ClassDeclarations> getterOwner(String sourceName, String methodName) {
        ClassDeclarations type = bySourceName.get(sourceName);
        if (type == null) {
            return Optional.empty();
        }
        if (gettersOf(type).containsKey(methodName)) {
            return Optional.of(type);
        }
        for (ClassDeclarations supertype : supertypes(sourceName)) {
            if (gettersOf(supertype).containsKey(methodName)) {
                return Optional.of(supertype);
            }
        }
        return Optional.empty();
    }

    /** Entries and classes that could not be read; the rest of the classpath was read. */
    public List<ClasspathProblem> problems() {
        return problems;
    }

    public ScanStatistics statistics() {
        return statistics;
    }
}
