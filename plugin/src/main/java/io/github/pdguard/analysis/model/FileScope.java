package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.PackageDeclaration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a file's package and imports make visible: how simple names in it resolve. */
public final class FileScope {
    private final String packageName;
    private final Map<String, String> singleTypeImports = new HashMap<>();
    private final List<String> onDemandImports = new ArrayList<>();
    private final Map<String, String> staticMemberImports = new HashMap<>();
    private final List<String> staticOnDemandImports = new ArrayList<>();

    public FileScope(CompilationUnit unit) {
        this.packageName = unit.getPackageDeclaration().map(PackageDeclaration::getNameAsString).orElse("");
        for (ImportDeclaration imported : unit.getImports()) {
            String name = imported.getNameAsString();
            if (imported.isStatic() && imported.isAsterisk()) {
                staticOnDemandImports.add(name);
            } else if (imported.isStatic()) {
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    staticMemberImports.put(name.substring(dot + 1), name.substring(0, dot));
                }
            } else if (imported.isAsterisk()) {
                onDemandImports.add(name);
            } else {
                singleTypeImports.put(simpleName(name), name);
            }
        }
    }

    public String packageName() {
        return packageName;
    }

    /** The fully qualified name a single-type import gives a simple name. */
    public Optional<String> importedType(String simpleName) {
        return Optional.ofNullable(singleTypeImports.get(simpleName));
    }

    public List<String> onDemandImports() {
        return onDemandImports;
    }

    /** The type a static single import takes a member from ({@code import static a.B.NAME}). */
    public Optional<String> staticImportOwner(String member) {
        return Optional.ofNullable(staticMemberImports.get(member));
    }

    public List<String> staticOnDemandImports() {
        return staticOnDemandImports;
    }

    /**
     * Whether a simple name written in this file may mean the type {@code qualifiedName}: it is
     * imported, imported on demand from its package, or in the same package.
     */
    public boolean mayReferTo(String simple, String qualifiedName) {
        if (!simpleName(qualifiedName).equals(simple)) {
            return false;
        }
        String imported = singleTypeImports.get(simple);
        if (imported != null) {
            return imported.equals(qualifiedName);
        }
        String owner = packageOf(qualifiedName);
        return owner.equals(packageName) || onDemandImports.contains(owner) || owner.equals("java.lang");
    }

    public static String simpleName(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? qualifiedName : qualifiedName.substring(dot + 1);
    }

    public static String packageOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot < 0 ? "" : qualifiedName.substring(0, dot);
    }
}
