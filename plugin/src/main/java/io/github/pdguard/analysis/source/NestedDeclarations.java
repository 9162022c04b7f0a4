package io.github.pdguard.analysis.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;

import java.util.ArrayList;
import java.util.List;

/**
 * The classes and records a file declares in method bodies, and its anonymous classes, in the
 * order of the text. The index needs them and would otherwise walk every tree again on the one
 * analysis thread: the parser collects them while it compacts the tree, on the parsing threads.
 */
public final class NestedDeclarations {
    private static final DataKey<List<Node>> FOUND = new DataKey<>() {
    };

    private NestedDeclarations() {
    }

    /** A local class or record declaration statement, or an object creation with a class body. */
    static boolean isNested(Node node) {
        return node instanceof LocalClassDeclarationStmt || node instanceof LocalRecordDeclarationStmt
                || node instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }

    static void attach(CompilationUnit unit, List<Node> found) {
        unit.setData(FOUND, List.copyOf(found));
    }

    /** Those of the file, collected by the parser; found now if the tree did not come from it. */
    public static List<Node> of(CompilationUnit unit) {
        if (unit.containsData(FOUND)) {
            return unit.getData(FOUND);
        }
        List<Node> found = new ArrayList<>();
        unit.walk(Node.TreeTraversal.PREORDER, node -> {
            if (isNested(node)) {
                found.add(node);
            }
        });
        return found;
    }
}
