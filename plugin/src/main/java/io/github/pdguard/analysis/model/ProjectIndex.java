package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.pdguard.analysis.source.NestedDeclarations;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one index of the analysed code: every type, where it is declared, and how names written in
 * a file resolve to types of the analysed code. Built once from the parsed files; rules read it.
 * Resolution uses the file's package and imports only, never JavaParser's symbol solver.
 */
public final class ProjectIndex {
    private final List<SourceFile> files;
    private final Map<String, TypeInfo> typesByName = new LinkedHashMap<>();
    private final Map<String, List<TypeInfo>> typesBySimpleName = new HashMap<>();
    private final Map<Node, TypeInfo> typesByNode = new IdentityHashMap<>();
    private final Map<CompilationUnit, FileScope> scopes = new IdentityHashMap<>();
    private final Map<CompilationUnit, SourceFile> filesByUnit = new IdentityHashMap<>();
    private final List<TypeInfo> localTypes = new ArrayList<>();
    // Resolution is asked the same questions for every body of a type: answered once. The index is
    // filled in the constructor and then only read; these two caches, by all of the value analysis's threads.
    private final Map<TypeInfo, Map<String, Optional<TypeInfo>>> resolved = new ConcurrentHashMap<>();
    private final Map<TypeInfo, List<TypeInfo>> supertypes = new ConcurrentHashMap<>();

    public ProjectIndex(List<SourceFile> files) {
        this.files = List.copyOf(files);
        for (SourceFile file : files) {
            file.compilationUnit().ifPresent(unit -> {
                FileScope scope = new FileScope(unit);
                scopes.put(unit, scope);
                filesByUnit.put(unit, file);
                for (TypeDeclaration<?> type : unit.getTypes()) {
                    register(type, file, scope, null);
                }
            });
        }
        // Classes and records declared inside method bodies: their declarations are checked too,
        // but they are not visible by name outside their block, so they stay out of resolution.
        for (SourceFile file : files) {
            file.compilationUnit().ifPresent(unit -> {
                List<TypeDeclaration<?>> locals = new ArrayList<>();
                for (Node node : NestedDeclarations.of(unit)) {
                    if (node instanceof LocalClassDeclarationStmt local) {
                        locals.add(local.getClassDeclaration());
                    } else if (node instanceof LocalRecordDeclarationStmt local) {
                        locals.add(local.getRecordDeclaration());
                    }
                }
                for (TypeDeclaration<?> local : locals) {
                    TypeInfo enclosing = enclosingType(local.getParentNode().orElse(null)).orElse(null);
                    String prefix = enclosing == null ? scopes.get(unit).packageName() : enclosing.qualifiedName();
                    String display = enclosing == null ? local.getNameAsString()
                            : enclosing.displayName() + "." + local.getNameAsString();
                    localTypes.add(new TypeInfo(prefix + "." + local.getNameAsString(), display, local, file,
                            scopes.get(unit), enclosing));
                }
            });
        }
    }

    /** Classes and records declared in method bodies (not resolvable by name from elsewhere). */
    public List<TypeInfo> localTypes() {
        return localTypes;
    }

    private void register(TypeDeclaration<?> node, SourceFile file, FileScope scope, TypeInfo enclosing) {
        String name = node.getNameAsString();
        String qualified = enclosing != null ? enclosing.qualifiedName() + "." + name
                : scope.packageName().isEmpty() ? name : scope.packageName() + "." + name;
        String display = enclosing != null ? enclosing.displayName() + "." + name : name;
        TypeInfo type = new TypeInfo(qualified, display, node, file, scope, enclosing);
        typesByName.putIfAbsent(qualified, type);
        typesBySimpleName.computeIfAbsent(name, k -> new ArrayList<>()).add(type);
        typesByNode.put(node, type);
        for (Node member : node.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                register(nested, file, scope, type);
            }
        }
    }

    public List<SourceFile> files() {
        return files;
    }

    public Collection<TypeInfo> types() {
        return typesByName.values();
    }

    public Optional<TypeInfo> type(String qualifiedName) {
        return Optional.ofNullable(typesByName.get(qualifiedName));
    }

    public Optional<TypeInfo> typeOf(TypeDeclaration<?> node) {
        return Optional.ofNullable(typesByNode.get(node));
    }

    /** The innermost type of the analysed code that contains the node (local and anonymous classes excluded). */
    public Optional<TypeInfo> enclosingType(Node node) {
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            TypeInfo type = typesByNode.get(current);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public FileScope scopeOf(CompilationUnit unit) {
        return scopes.get(unit);
    }

    public SourceFile fileOf(CompilationUnit unit) {
        return filesByUnit.get(unit);
    }

    /**
     * Resolves a type name as written at a place in the analysed code ({@code Customer},
     * {@code Outer.Inner}, {@code com.shop.Customer}) to a type of the analysed code.
     */
    public Optional<TypeInfo> resolveType(String written, TypeInfo context) {
        Map<String, Optional<TypeInfo>> known = resolved.computeIfAbsent(context, k -> new ConcurrentHashMap<>());
        Optional<TypeInfo> answer = known.get(written);
        if (answer == null) {
            answer = resolveTypeUncached(written, context);
            known.put(written, answer);
        }
        return answer;
    }

    private Optional<TypeInfo> resolveTypeUncached(String written, TypeInfo context) {
        int dot = written.indexOf('.');
        if (dot > 0) {
            TypeInfo exact = typesByName.get(written);
            if (exact != null) {
                return Optional.of(exact);
            }
            Optional<TypeInfo> head = resolveType(written.substring(0, dot), context);
            return head.flatMap(h -> Optional.ofNullable(typesByName.get(h.qualifiedName() + written.substring(dot))));
        }
        // Members of the type and its enclosing types, then their supertypes' members.
        for (TypeInfo t = context; t != null; t = t.enclosing()) {
            if (t.simpleName().equals(written)) {
                return Optional.of(t);
            }
            TypeInfo nested = typesByName.get(t.qualifiedName() + "." + written);
            if (nested != null) {
                return Optional.of(nested);
            }
        }
        FileScope scope = context.scope();
        Optional<String> imported = scope.importedType(written);
        if (imported.isPresent()) {
            return Optional.ofNullable(typesByName.get(imported.get()));
        }
        String samePackage = scope.packageName().isEmpty() ? written : scope.packageName() + "." + written;
        if (typesByName.containsKey(samePackage)) {
            return Optional.of(typesByName.get(samePackage));
        }
        for (String onDemand : scope.onDemandImports()) {
            TypeInfo candidate = typesByName.get(onDemand + "." + written);
            if (candidate != null) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A name expression used as a type qualifier ({@code Purposes} in {@code Purposes.BILLING}). */
    public Optional<TypeInfo> resolveTypeExpression(Expression scopeExpression, TypeInfo context) {
        if (scopeExpression instanceof NameExpr || scopeExpression instanceof FieldAccessExpr) {
            return resolveType(scopeExpression.toString(), context);
        }
        return Optional.empty();
    }

    /** The direct supertypes of a type that are part of the analysed code. */
    public List<TypeInfo> supertypes(TypeInfo type) {
        List<TypeInfo> answer = supertypes.get(type);
        if (answer == null) {
            answer = List.copyOf(resolveSupertypes(type));
            supertypes.put(type, answer);
        }
        return answer;
    }

    private List<TypeInfo> resolveSupertypes(TypeInfo type) {
        List<ClassOrInterfaceType> written = new ArrayList<>();
        if (type.node() instanceof ClassOrInterfaceDeclaration c) {
            written.addAll(c.getExtendedTypes());
            written.addAll(c.getImplementedTypes());
        } else if (type.node() instanceof NodeWithImplements<?> withImplements) {
            written.addAll(withImplements.getImplementedTypes());
        }
        List<TypeInfo> resolved = new ArrayList<>();
        for (ClassOrInterfaceType supertype : written) {
            resolveType(supertype.getNameWithScope(), type.enclosing() != null ? type.enclosing() : type)
                    .filter(t -> t != type)
                    .ifPresent(resolved::add);
        }
        return resolved;
    }

    public static boolean isRecord(TypeInfo type) {
        return type.node() instanceof RecordDeclaration;
    }
}
