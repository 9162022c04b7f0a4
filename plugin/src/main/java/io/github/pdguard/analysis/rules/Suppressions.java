package io.github.pdguard.analysis.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.pdguard.analysis.model.PdguardAnnotations;

import java.util.Optional;

/**
 * {@code @SuppressWarnings("pdguard:RULE")} or {@code "pdguard"} on the element of a finding or on
 * any declaration around it (field, parameter, local, method, type, enclosing types).
 */
public final class Suppressions {
    private static final String ALL = "pdguard";

    private Suppressions() {
    }

    /** The matching suppression value ({@code pdguard:log-leak}), if any declaration around the node has one. */
    public static Optional<String> find(Node node, String ruleId) {
        for (Node current = node; current != null; current = current.getParentNode().orElse(null)) {
            if (current instanceof NodeWithAnnotations<?> annotated) {
                for (AnnotationExpr annotation : annotated.getAnnotations()) {
                    String name = annotation.getNameAsString();
                    if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                        continue;
                    }
                    Optional<Expression> value = PdguardAnnotations.attribute(annotation, "value");
                    if (value.isEmpty()) {
                        continue;
                    }
                    for (Expression element : PdguardAnnotations.elements(value.get())) {
                        if (element instanceof StringLiteralExpr literal) {
                            String text = literal.asString().trim();
                            if (text.equals(ALL) || text.equals(ALL + ":" + ruleId)) {
                                return Optional.of(text);
                            }
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
