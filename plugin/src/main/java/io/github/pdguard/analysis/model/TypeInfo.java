package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.Optional;

/**
 * A type declared in the analysed code.
 *
 * @param qualifiedName package, enclosing types and name, dot-separated ({@code a.b.Outer.Inner})
 * @param displayName   enclosing types and name, as messages show it ({@code Outer.Inner})
 * @param enclosing     the enclosing type, or {@code null} for a top-level type
 */
public record TypeInfo(String qualifiedName, String displayName, TypeDeclaration<?> node, SourceFile file,
                       FileScope scope, TypeInfo enclosing) {

    public String simpleName() {
        return node.getNameAsString();
    }

    public Optional<TypeInfo> enclosingType() {
        return Optional.ofNullable(enclosing);
    }

    /** Identity of the declaration: JavaParser's own node hashCode walks the whole subtree. */
    @Override
    public boolean equals(Object other) {
        return other instanceof TypeInfo t && t.node == node;
    }

    @Override
    public int hashCode() {
        return qualifiedName.hashCode();
    }

    @Override
    public String toString() {
        return qualifiedName;
    }
}
