package io.github.pdguard.analysis.classpath;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one class file declares, read without loading it: names, supertypes, kind, annotations
 * and members. All type names other than {@link #binaryName()} are source names (canonical names:
 * {@code a.b.Outer.Inner}), resolved with the class file's {@code InnerClasses} attribute; a nested
 * type the class file does not describe keeps its binary name. A class is nested only when its own
 * {@code InnerClasses} entry says so (compilers must write it, JVMS §4.7.6), never because its name
 * has a {@code $}: {@code $} is legal in top-level class names.
 *
 * @param binaryName       the binary name ({@code a.b.Outer$Inner})
 * @param sourceName       the source (canonical) name ({@code a.b.Outer.Inner}); a local or anonymous
 *                         class has none and uses its binary name
 * @param packageName      the package, {@code ""} for the unnamed package
 * @param simpleName       the simple name; {@code ""} for an anonymous class
 * @param nesting          top level, member, local or anonymous
 * @param enclosingClass   the source name of the enclosing class of a nested class, otherwise {@code null}
 * @param accessFlags      for a member class the flags as declared in source (from {@code InnerClasses},
 *                         so {@code static}, {@code private}, {@code protected} are present), otherwise the
 *                         class file's flags ({@link AccessFlags})
 * @param superclass       the superclass's source name, {@code null} for {@code java.lang.Object}
 * @param interfaces       the source names of the direct superinterfaces
 * @param annotations      runtime-visible type annotations: every type name, values for pdguard's
 * @param fields           the declared fields, in class-file order
 * @param methods          the declared methods and constructors, in class-file order
 * @param recordComponents a record's components in declaration order; empty for other types
 * @param sourceFile       the {@code SourceFile} attribute ({@code Customer.java}), or {@code null}
 * @param majorVersion     the class-file version (52 = Java 8, 61 = Java 17)
 * @param origin           the classpath entry (jar or classes directory) it was read from, {@code null}
 *                         when read from bytes
 */
public record ClassDeclarations(String binaryName, String sourceName, String packageName, String simpleName,
                                Nesting nesting, String enclosingClass, int accessFlags, String superclass,
                                List<String> interfaces, List<AnnotationInfo> annotations,
                                List<FieldDeclaration> fields, List<MethodDeclaration> methods,
                                List<RecordComponentDeclaration> recordComponents, String sourceFile,
                                int majorVersion, Path origin) implements Annotated {

    /** How a class is declared (JLS §8: top-level, member, local, anonymous). */
    public enum Nesting { TOP_LEVEL, MEMBER, LOCAL, ANONYMOUS }

    public ClassDeclarations {
        interfaces = List.copyOf(interfaces);
        annotations = List.copyOf(annotations);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        recordComponents = List.copyOf(recordComponents);
    }

    /** The same declarations, recorded as read from {@code entry}. */
    public ClassDeclarations withOrigin(Path entry) {
        return new ClassDeclarations(binaryName, sourceName, packageName, simpleName, nesting, enclosingClass,
                accessFlags, superclass, interfaces, annotations, fields, methods, recordComponents, sourceFile,
                majorVersion, entry);
    }

    public boolean isInterface() {
        return AccessFlags.has(accessFlags, AccessFlags.INTERFACE) && !isAnnotationType();
    }

    public boolean isAnnotationType() {
        return AccessFlags.has(accessFlags, AccessFlags.ANNOTATION);
    }

    public boolean isEnum() {
        return AccessFlags.has(accessFlags, AccessFlags.ENUM);
    }

    /** Only records extend {@code java.lang.Record} (JLS §8.10). */
    public boolean isRecord() {
        return "java.lang.Record".equals(superclass);
    }

    public boolean isAbstract() {
        return AccessFlags.has(accessFlags, AccessFlags.ABSTRACT);
    }

    /** A nested class that has no enclosing instance (members declared {@code static}, and nested interfaces, enums, records). */
    public boolean isStatic() {
        return nesting == Nesting.TOP_LEVEL || AccessFlags.has(accessFlags, AccessFlags.STATIC)
                || AccessFlags.has(accessFlags, AccessFlags.INTERFACE) || isEnum() || isRecord();
    }

    /** A {@code package-info} class: its annotations are the package's ({@code @ProcessingPurpose} on a package). */
    public boolean isPackageInfo() {
        return simpleName.equals("package-info");
    }

    /** The purposes of a {@code @ProcessingPurpose} on this type (or, for {@code package-info}, on the package). */
    public Optional<List<String>> processingPurposes() {
        return annotation(AnnotationInfo.PROCESSING_PURPOSE).map(a -> a.strings("value"));
    }

    public Optional<FieldDeclaration> field(String name) {
        for (FieldDeclaration field : fields) {
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The methods of that name (overloads in class-file order). */
    public List<MethodDeclaration> methods(String name) {
        List<MethodDeclaration> result = new ArrayList<>();
        for (MethodDeclaration method : methods) {
            if (method.name().equals(name)) {
                result.add(method);
            }
        }
        return result;
    }

    public Optional<RecordComponentDeclaration> recordComponent(String name) {
        for (RecordComponentDeclaration component : recordComponents) {
            if (component.name().equals(name)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    /**
     * The getters of this class that return one of its {@code @PersonalData}/{@code @Sensitive}
     * fields, by method name (see {@link GetterConventions}).
     */
    public Map<String, FieldDeclaration> getters() {
        return GetterConventions.annotatedGetters(this);
    }

    /** Whether a pdguard annotation is anywhere in it: on the type, a field, a method, a parameter or a component. */
    public boolean declaresPdguard() {
        if (AnnotationInfo.anyPdguard(annotations)) {
            return true;
        }
        for (FieldDeclaration field : fields) {
            if (field.declaresPdguard()) {
                return true;
            }
        }
        for (MethodDeclaration method : methods) {
            if (method.declaresPdguard()) {
                return true;
            }
        }
        for (RecordComponentDeclaration component : recordComponents) {
            if (component.declaresPdguard()) {
                return true;
            }
        }
        return false;
    }
}
