package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;

import java.util.List;
import java.util.Optional;

/** Recognises the annotations of {@code io.github.pdguard.annotations} and reads their attributes. */
public final class PdguardAnnotations {
    public static final String PACKAGE = "io.github.pdguard.annotations";
    public static final String PERSONAL_DATA = "PersonalData";
    public static final String SENSITIVE = "Sensitive";
    public static final String PROCESSING_PURPOSE = "ProcessingPurpose";
    public static final String REDACTS = "Redacts";

    private PdguardAnnotations() {
    }

    /**
     * Whether the annotation is pdguard's {@code simpleName}: written fully qualified, or by its
     * simple name where the file imports it (so another library's {@code @PersonalData} is not ours).
     */
    public static boolean is(AnnotationExpr annotation, String simpleName, FileScope scope) {
        String written = annotation.getNameAsString();
        if (written.equals(PACKAGE + "." + simpleName)) {
            return true;
        }
        return written.equals(simpleName) && (scope == null || scope.mayReferTo(simpleName, PACKAGE + "." + simpleName));
    }

    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> element, String simpleName, FileScope scope) {
        for (AnnotationExpr annotation : element.getAnnotations()) {
            if (is(annotation, simpleName, scope)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    /** The expression given for an attribute, if it is written. */
    public static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The elements of an array-valued attribute: {@code {a, b}} or a single {@code a}. */
    public static List<Expression> elements(Expression value) {
        return value instanceof ArrayInitializerExpr array ? array.getValues() : List.of(value);
    }
}
