package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import io.github.pdguard.analysis.discovery.Candidate;
import io.github.pdguard.analysis.discovery.Discovery;
import io.github.pdguard.analysis.discovery.NameDictionary;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.FileScope;
import io.github.pdguard.analysis.model.PdguardAnnotations;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.model.TypeInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Members of the analysed types as the value analysis needs them: fields (also record components
 * and Lombok's generated getters), methods by name, overriding implementations, and static types
 * resolved through the file's imports, never through JavaParser's symbol solver.
 */
final class CodeModel {
    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "StringBuilder", "StringBuffer", "Integer",
            "Long", "Double", "Float", "Short", "Byte", "Boolean", "Character", "Math", "StrictMath", "System",
            "CharSequence", "Iterable", "Throwable", "Exception", "RuntimeException", "Error", "Number", "Enum", "Record",
            "Thread", "Runnable", "Class");
    private static final Set<String> JAVA_UTIL = Set.of("List", "ArrayList", "LinkedList", "Set", "HashSet",
            "LinkedHashSet", "TreeSet", "SortedSet", "Collection", "Map", "HashMap", "LinkedHashMap", "TreeMap",
            "SortedMap", "Optional", "Queue", "Deque", "ArrayDeque", "Iterator", "Objects", "Arrays", "Collections");

    /** A field of the analysed code: a variable of a field declaration or a record component. */
    record FieldRef(TypeInfo owner, Node node, Type type, boolean isStatic) {
        String name() {
            return node instanceof VariableDeclarator v ? v.getNameAsString() : ((Parameter) node).getNameAsString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FieldRef f && f.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    private final ProjectIndex index;
    private final DeclarationIndex declarations;
    private final Map<TypeInfo, List<TypeInfo>> subtypes;
    private final Map<CallableDeclaration<?>, TypeInfo> declaringTypes;
    private final Set<String> knownLibraryTypes;

    private final ExternalDeclarations external;
    private final NameDictionary dictionary;
    private final Map<Node, Source> inferredFields;
    // Every body asks for the same members again: answered once per type and name.
    private final Map<TypeInfo, Map<String, List<MethodDeclaration>>> methodsByName = new IdentityHashMap<>();
    private final Map<MemberQuery, List<CallableDeclaration<?>>> methodAnswers = new HashMap<>();
    private final Map<MemberQuery, List<CallableDeclaration<?>>> overridingAnswers = new HashMap<>();
    private final Map<MemberQuery, Optional<FieldRef>> fieldAnswers = new HashMap<>();

    private final Map<String, Boolean> programParts = new HashMap<>();
    private final Map<String, Optional<NameDictionary.Match>> classified = new HashMap<>();
    private final Map<Type, ResolvedType> resolvedTypes = new IdentityHashMap<>();
    private final Map<TypeInfo, Map<String, JType>> resolvedNames = new IdentityHashMap<>();

    private record MemberQuery(TypeInfo type, String name, int arity) {
    }

    CodeModel(DeclarationIndex declarations, ExternalDeclarations external, boolean inferPersonalData) {
        this.declarations = declarations;
        this.external = external;
        this.subtypes = new HashMap<>();
        this.declaringTypes = new IdentityHashMap<>();
        this.knownLibraryTypes = new TreeSet<>();
        this.inferredFields = new IdentityHashMap<>();
        this.dictionary = inferPersonalData ? NameDictionary.standard() : null;
        if (dictionary != null) {
            for (Candidate candidate : new Discovery(dictionary).candidates(declarations)) {
                Node key = candidate.element() == Candidate.Element.FIELD
                        ? candidate.name().getParentNode().orElse(candidate.declaration()) : candidate.declaration();
                inferredFields.put(key, Source.inferred(candidate.displayName(), candidate.match().categoryName(),
                        candidate.match().isSpecial()));
            }
        }
        this.index = declarations.projectIndex();
        for (TypeInfo type : index.types()) {
            for (TypeInfo supertype : index.supertypes(type)) {
                subtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(type);
            }
            for (Node member : type.node().getMembers()) {
                if (member instanceof CallableDeclaration<?> callable) {
                    declaringTypes.put(callable, type);
                }
            }
        }
        knownLibraryTypes.addAll(LoggingApis.knownTypes());
        knownLibraryTypes.addAll(ApiSources.knownTypes());
    }

    /** The same model with caches of its own, for another thread: what was built above is only read. */
    private CodeModel(CodeModel built, ExternalDeclarations external) {
        this.declarations = built.declarations;
        this.index = built.index;
        this.dictionary = built.dictionary;
        this.external = external;
        this.subtypes = built.subtypes;
        this.declaringTypes = built.declaringTypes;
        this.knownLibraryTypes = built.knownLibraryTypes;
        this.inferredFields = built.inferredFields;
    }

    CodeModel forAnotherThread(ExternalDeclarations external) {
        return new CodeModel(this, external);
    }

    ProjectIndex index() {
        return index;
    }

    // ---- names that suggest personal data (probable-log-leak) --------------------------------

    /** An undeclared field or record component whose name suggests personal data (what discovery lists). */
    Optional<Source> inferredField(Node field) {
        return Optional.ofNullable(inferredFields.get(field));
    }

    /** An undeclared parameter or local named like personal data ({@code email}, {@code iban}), not a boolean or a service. */
    Optional<Source> inferredVariable(String name, Type type, String display) {
        if (dictionary == null || type == null) {
            return Optional.empty();
        }
        String written = type.asString();
        if (written.equals("boolean") || written.equals("Boolean") || isProgramPart(written)) {
            return Optional.empty();
        }
        return classify(name, null).map(m -> Source.inferred(display, m.categoryName(), m.isSpecial()));
    }

    // Every evaluation of every body asks about the same few thousand names: each answered once.
    private boolean isProgramPart(String typeAsWritten) {
        return programParts.computeIfAbsent(typeAsWritten, dictionary::isProgramPart);
    }

    private Optional<NameDictionary.Match> classify(String identifier, String enclosingType) {
        String key = enclosingType == null ? identifier : identifier + " " + enclosingType;
        return classified.computeIfAbsent(key, k -> enclosingType == null ? dictionary.classify(identifier)
                : dictionary.classify(identifier, enclosingType));
    }

    /**
     * A getter of a library or unknown type named like personal data ({@code user.getEmail()}).
     * The JDK's own types describe programs, not people ({@code java.lang.reflect.Member#getName});
     * the JDK getters that do return personal data are API sources.
     */
    Optional<Source> inferredGetter(String typeName, String method) {
        if (dictionary == null || !method.startsWith("get") || method.length() <= 3 || typeName.startsWith("java.")) {
            return Optional.empty();
        }
        String simple = typeName.substring(typeName.lastIndexOf('.') + 1);
        if (isProgramPart(simple)) {
            return Optional.empty();
        }
        return classify(method, simple)
                .map(m -> Source.inferred(simple + "." + method + "()", m.categoryName(), m.isSpecial()));
    }

    ExternalDeclarations external() {
        return external;
    }

    DeclarationIndex declarations() {
        return declarations;
    }

    Optional<TypeInfo> declaringType(CallableDeclaration<?> callable) {
        return Optional.ofNullable(declaringTypes.get(callable));
    }

    // ---- types -------------------------------------------------------------------------------

    JType resolve(Type type, TypeInfo context) {
        if (type == null || context == null) {
            return JType.UNKNOWN;
        }
        // A primitive or a plain name (most types) is answered without an entry per type node:
        // names are cached per type already, and one entry per node was most of this model's memory.
        if (type instanceof PrimitiveType primitive) {
            return JType.named(primitive.getType().asString());
        }
        if (type instanceof ClassOrInterfaceType plain && plain.getScope().isEmpty() && plain.getTypeArguments().isEmpty()) {
            return resolveName(plain.getName().getIdentifier(), context);
        }
        ResolvedType first = resolvedTypes.get(type);
        for (ResolvedType known = first; known != null; known = known.next()) {
            if (known.context() == context) {
                return known.type();
            }
        }
        JType resolved = resolveUncached(type, context);
        resolvedTypes.put(type, new ResolvedType(context, resolved, first));
        return resolved;
    }

    /** A type node resolved in one context; the same node may be asked about from a nested type too. */
    private record ResolvedType(TypeInfo context, JType type, ResolvedType next) {
    }

    private JType resolveUncached(Type type, TypeInfo context) {
        if (type instanceof PrimitiveType primitive) {
            return JType.named(primitive.asString());
        }
        if (type instanceof ArrayType array) {
            return resolve(array.getComponentType(), context).arrayOf(1);
        }
        if (type instanceof ClassOrInterfaceType classType) {
            List<JType> arguments = new ArrayList<>();
            classType.getTypeArguments().ifPresent(args -> args.forEach(a -> arguments.add(resolve(a, context))));
            return resolveName(classType.getNameWithScope(), context).withArgs(arguments);
        }
        return JType.UNKNOWN;
    }

    /** A type name as written in {@code context}'s file: analysed types first, then imports and known libraries. */
    JType resolveName(String written, TypeInfo context) {
        Map<String, JType> known = resolvedNames.computeIfAbsent(context, k -> new HashMap<>());
        JType resolved = known.get(written);
        if (resolved == null) {
            resolved = resolveNameUncached(written, context);
            known.put(written, resolved);
        }
        return resolved;
    }

    private JType resolveNameUncached(String written, TypeInfo context) {
        Optional<TypeInfo> analysed = index.resolveType(written, context);
        if (analysed.isPresent()) {
            return JType.of(analysed.get());
        }
        FileScope scope = context.scope();
        int dot = written.indexOf('.');
        String head = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        Optional<String> imported = scope.importedType(head);
        if (imported.isPresent()) {
            return JType.named(imported.get() + rest);
        }
        if (dot > 0 && Character.isLowerCase(head.charAt(0))) {
            return JType.named(written);
        }
        for (String onDemand : scope.onDemandImports()) {
            if (knownLibraryTypes.contains(onDemand + "." + written) || external.knows(onDemand + "." + written)) {
                return JType.named(onDemand + "." + written);
            }
        }
        // A type of the same package compiled in another module or jar needs no import.
        String samePackage = scope.packageName().isEmpty() ? written : scope.packageName() + "." + written;
        if (external.knows(samePackage)) {
            return JType.named(samePackage);
        }
        if (JAVA_LANG.contains(head)) {
            return JType.named("java.lang." + written);
        }
        if (JAVA_UTIL.contains(head) && (scope.onDemandImports().contains("java.util") || scope.importedType(head).isPresent())) {
            return JType.named("java.util." + written);
        }
        return JType.named(written);
    }

    /** Whether the type is a Throwable: a library type named like one, or an analysed type extending one. */
    boolean isThrowable(JType type) {
        return isThrowable(type, new HashSet<>());
    }

    private boolean isThrowable(JType type, Set<TypeInfo> seen) {
        if (type.analysed() == null) {
            String simple = type.simpleName();
            return simple.endsWith("Exception") || simple.endsWith("Error") || simple.equals("Throwable");
        }
        if (!seen.add(type.analysed()) || !(type.analysed().node() instanceof ClassOrInterfaceDeclaration c)) {
            return false;
        }
        for (ClassOrInterfaceType extended : c.getExtendedTypes()) {
            if (isThrowable(resolve(extended, type.analysed()), seen)) {
                return true;
            }
        }
        return false;
    }

    // ---- fields ------------------------------------------------------------------------------

    /** A field by simple name as Java resolves it inside {@code context}: own, inherited, enclosing types. */
    Optional<FieldRef> fieldInScope(String name, TypeInfo context) {
        for (TypeInfo t = context; t != null; t = t.enclosing()) {
            Optional<FieldRef> found = field(t, name);
            if (found.isPresent()) {
                return found;
            }
        }
        return context == null ? Optional.empty() : context.scope().staticImportOwner(name)
                .flatMap(index::type).flatMap(owner -> field(owner, name));
    }

    /** A field of the type or one of its supertypes. */
    Optional<FieldRef> field(TypeInfo type, String name) {
        MemberQuery query = new MemberQuery(type, name, -1);
        Optional<FieldRef> answer = fieldAnswers.get(query);
        if (answer == null) {
            answer = field(type, name, new HashSet<>());
            fieldAnswers.put(query, answer);
        }
        return answer;
    }

    private Optional<FieldRef> field(TypeInfo type, String name, Set<TypeInfo> seen) {
        if (!seen.add(type)) {
            return Optional.empty();
        }
        if (type.node() instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                if (component.getNameAsString().equals(name)) {
                    return Optional.of(new FieldRef(type, component, component.getType(), false));
                }
            }
        }
        boolean inInterface = type.node() instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        for (FieldDeclaration field : type.node().getFields()) {
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name)) {
                    return Optional.of(new FieldRef(type, variable, variable.getType(),
                            inInterface || field.hasModifier(Modifier.Keyword.STATIC)));
                }
            }
        }
        if (type.node() instanceof EnumDeclaration enumeration) {
            boolean constant = enumeration.getEntries().stream().anyMatch(e -> e.getNameAsString().equals(name));
            if (constant) {
                return Optional.of(new FieldRef(type, enumeration.getEntries().stream()
                        .filter(e -> e.getNameAsString().equals(name)).findFirst().get(), null, true));
            }
        }
        for (TypeInfo supertype : index.supertypes(type)) {
            Optional<FieldRef> inherited = field(supertype, name, seen);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    Optional<DataDeclaration> declarationOf(FieldRef field) {
        return declarations.dataDeclarationOf(field.node());
    }

    /** The Lombok {@code @Slf4j}-style logger field a type (or an enclosing type) gets, if no field {@code log} is declared. */
    Optional<JType> lombokLogger(String name, TypeInfo context) {
        if (!name.equals("log")) {
            return Optional.empty();
        }
        for (TypeInfo t = context; t != null; t = t.enclosing()) {
            for (AnnotationExpr annotation : t.node().getAnnotations()) {
                String simple = FileScope.simpleName(annotation.getNameAsString());
                Optional<String> loggerType = LoggingApis.lombokLoggerType(simple);
                if (loggerType.isPresent() && isLombok(annotation, t)) {
                    return Optional.of(JType.named(loggerType.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLombok(AnnotationExpr annotation, TypeInfo type) {
        String written = annotation.getNameAsString();
        if (written.startsWith("lombok.")) {
            return true;
        }
        Optional<String> imported = type.scope().importedType(written);
        return imported.map(i -> i.startsWith("lombok.")).orElse(
                type.scope().onDemandImports().stream().anyMatch(p -> p.startsWith("lombok")));
    }

    static boolean hasLombok(Node annotated, TypeInfo type, String simpleName) {
        if (!(annotated instanceof com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> withAnnotations)) {
            return false;
        }
        for (AnnotationExpr annotation : withAnnotations.getAnnotations()) {
            String written = annotation.getNameAsString();
            if ((written.equals(simpleName) || written.equals("lombok." + simpleName)) && isLombok(annotation, type)) {
                return true;
            }
        }
        return false;
    }

    static Optional<AnnotationExpr> lombokAnnotation(Node annotated, String simpleName) {
        if (!(annotated instanceof com.github.javaparser.ast.nodeTypes.NodeWithAnnotations<?> withAnnotations)) {
            return Optional.empty();
        }
        for (AnnotationExpr annotation : withAnnotations.getAnnotations()) {
            String written = annotation.getNameAsString();
            if (written.equals(simpleName) || written.equals("lombok." + simpleName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /**
     * The field a generated getter returns: a record accessor, or a Lombok getter ({@code @Getter}
     * on the type or field, {@code @Data}, {@code @Value}) when the type declares no such method.
     */
    Optional<FieldRef> generatedGetter(TypeInfo type, String method) {
        if (type.node() instanceof RecordDeclaration) {
            return field(type, method).filter(f -> f.node() instanceof Parameter);
        }
        String property;
        if (method.startsWith("get") && method.length() > 3) {
            property = method.substring(3);
        } else if (method.startsWith("is") && method.length() > 2) {
            property = method.substring(2);
        } else {
            return Optional.empty();
        }
        String fieldName = Character.toLowerCase(property.charAt(0)) + property.substring(1);
        Optional<FieldRef> field = field(type, fieldName);
        if (field.isEmpty() || field.get().isStatic() || !(field.get().node() instanceof VariableDeclarator variable)) {
            return Optional.empty();
        }
        TypeInfo owner = field.get().owner();
        Node fieldDeclaration = variable.getParentNode().orElse(null);
        boolean generated = hasLombok(owner.node(), owner, "Getter") || hasLombok(owner.node(), owner, "Data")
                || hasLombok(owner.node(), owner, "Value") || hasLombok(fieldDeclaration, owner, "Getter");
        return generated ? field : Optional.empty();
    }

    // ---- methods -----------------------------------------------------------------------------

    /** Methods named {@code name} that accept {@code arity} arguments, declared in the type or inherited. */
    List<CallableDeclaration<?>> methods(TypeInfo type, String name, int arity) {
        return methodAnswers.computeIfAbsent(new MemberQuery(type, name, arity), query -> {
            List<CallableDeclaration<?>> found = new ArrayList<>();
            collectMethods(type, name, arity, found, new HashSet<>());
            return List.copyOf(found);
        });
    }

    /** The methods the type itself declares with that name. */
    List<MethodDeclaration> declaredMethods(TypeInfo type, String name) {
        return methodsByName.computeIfAbsent(type, t -> {
            Map<String, List<MethodDeclaration>> byName = new HashMap<>();
            for (BodyDeclaration<?> member : t.node().getMembers()) {
                if (member instanceof MethodDeclaration method) {
                    byName.computeIfAbsent(method.getNameAsString(), k -> new ArrayList<>()).add(method);
                }
            }
            return byName;
        }).getOrDefault(name, List.of());
    }

    private void collectMethods(TypeInfo type, String name, int arity, List<CallableDeclaration<?>> found, Set<TypeInfo> seen) {
        if (!seen.add(type)) {
            return;
        }
        boolean own = false;
        for (MethodDeclaration method : declaredMethods(type, name)) {
            if (accepts(method, arity)) {
                found.add(method);
                own = true;
            }
        }
        if (!own) {
            for (TypeInfo supertype : index.supertypes(type)) {
                collectMethods(supertype, name, arity, found, seen);
            }
        }
    }

    /** Implementations in subtypes of the analysed code that a call through {@code type} may reach. */
    List<CallableDeclaration<?>> overridingMethods(TypeInfo type, String name, int arity) {
        return overridingAnswers.computeIfAbsent(new MemberQuery(type, name, arity),
                query -> List.copyOf(findOverridingMethods(type, name, arity)));
    }

    private List<CallableDeclaration<?>> findOverridingMethods(TypeInfo type, String name, int arity) {
        List<CallableDeclaration<?>> found = new ArrayList<>();
        Set<TypeInfo> seen = new HashSet<>();
        List<TypeInfo> work = new ArrayList<>(subtypes.getOrDefault(type, List.of()));
        while (!work.isEmpty()) {
            TypeInfo subtype = work.remove(work.size() - 1);
            if (!seen.add(subtype)) {
                continue;
            }
            for (MethodDeclaration method : declaredMethods(subtype, name)) {
                if (accepts(method, arity)) {
                    found.add(method);
                }
            }
            work.addAll(subtypes.getOrDefault(subtype, List.of()));
        }
        return found;
    }

    List<CallableDeclaration<?>> constructors(TypeInfo type, int arity) {
        List<CallableDeclaration<?>> found = new ArrayList<>();
        for (ConstructorDeclaration constructor : type.node().getConstructors()) {
            if (accepts(constructor, arity)) {
                found.add(constructor);
            }
        }
        return found;
    }

    static boolean accepts(CallableDeclaration<?> callable, int arity) {
        int parameters = callable.getParameters().size();
        boolean varArgs = parameters > 0 && callable.getParameter(parameters - 1).isVarArgs();
        return parameters == arity || varArgs && arity >= parameters - 1;
    }

    /** Whether a method is a bare getter: its body only returns a field of its own type ({@code return email;}). */
    Optional<FieldRef> transparentGetterField(CallableDeclaration<?> callable) {
        if (!(callable instanceof MethodDeclaration method) || !method.getParameters().isEmpty()
                || method.getBody().isEmpty() || method.getBody().get().getStatements().size() != 1
                || !(method.getBody().get().getStatement(0) instanceof ReturnStmt returnStmt)
                || returnStmt.getExpression().isEmpty()) {
            return Optional.empty();
        }
        Expression returned = returnStmt.getExpression().get();
        String fieldName;
        if (returned instanceof NameExpr name) {
            fieldName = name.getNameAsString();
        } else if (returned instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            fieldName = access.getNameAsString();
        } else {
            return Optional.empty();
        }
        return declaringType(callable).flatMap(type -> field(type, fieldName));
    }

    /** Declared types and types whose toString exposes declared fields: the data every instance carries. */
    Set<TypeInfo> allTypes() {
        return new LinkedHashSet<>(index.types());
    }
}
