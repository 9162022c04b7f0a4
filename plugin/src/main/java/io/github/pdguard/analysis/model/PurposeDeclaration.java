package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.Node;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.List;

/**
 * One {@code @ProcessingPurpose} on a method, constructor, type or package.
 *
 * @param node     the annotated element
 * @param name     its name, where problems are reported
 * @param purposes the declared purposes
 * @param problems problems with the values as written
 */
public record PurposeDeclaration(Node node, Node name, SourceFile file, String displayName,
                                 AttributeValue<List<String>> purposes, List<String> problems) {

    /** Identity of the annotated element: JavaParser's own node hashCode walks the whole subtree. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PurposeDeclaration p && p.node == node;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(node);
    }
}
