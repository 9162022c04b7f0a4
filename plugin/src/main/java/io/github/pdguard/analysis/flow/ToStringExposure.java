package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.PdguardAnnotations;
import io.github.pdguard.analysis.model.TypeInfo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which declared fields a type's {@code toString()} shows (SPEC 3.6): a hand-written one shows the
 * fields its return value carries; otherwise a record shows its components, and Lombok's
 * {@code @Data}, {@code @Value} and {@code @ToString} show every field not excluded.
 */
final class ToStringExposure {

    private ToStringExposure() {
    }

    /** {@code returns}: the return summary of a toString(), its fields applied. */
    static List<DataDeclaration> of(TypeInfo type, CodeModel model, Function<Node, Taint> returns) {
        return of(type, model, returns, Set.of(type));
    }

    /** Whether the type has a toString() of its own: hand-written, a record's, or Lombok's. */
    static boolean definesToString(TypeInfo type) {
        return type.node().getMethodsByName("toString").stream().anyMatch(m -> m.getParameters().isEmpty())
                || type.node() instanceof RecordDeclaration
                || CodeModel.lombokAnnotation(type.node(), "ToString").isPresent()
                || CodeModel.hasLombok(type.node(), type, "Data") || CodeModel.hasLombok(type.node(), type, "Value");
    }

    /** The analysed superclass of a class, if any: whose toString() it inherits. */
    static TypeInfo superclass(TypeInfo type, CodeModel model) {
        if (type.node() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                && !c.isInterface() && !c.getExtendedTypes().isEmpty()) {
            return model.resolve(c.getExtendedTypes(0), type.enclosing() != null ? type.enclosing() : type).analysed();
        }
        return null;
    }

    private static Set<TypeInfo> with(Set<TypeInfo> seen, TypeInfo type) {
        Set<TypeInfo> more = new HashSet<>(seen);
        more.add(type);
        return more;
    }

    /** The sources a hand-written toString() returning this shows: declared fields. */
    static Set<Source> shown(Taint returned) {
        return returned.sources().stream().filter(ToStringExposure::shows).collect(Collectors.toSet());
    }

    private static boolean shows(Source source) {
        return source.kind() == Source.Kind.READ && source.declaration() != null
                && source.declaration().element() != DataDeclaration.Element.TYPE;
    }

    private static List<DataDeclaration> of(TypeInfo type, CodeModel model, Function<Node, Taint> returns, Set<TypeInfo> seen) {
        Optional<MethodDeclaration> handWritten = model.declaredMethods(type, "toString").stream()
                .filter(m -> m.getParameters().isEmpty()).findFirst();
        if (handWritten.isPresent()) {
            List<DataDeclaration> exposed = new ArrayList<>();
            for (Source source : returns.apply(handWritten.get()).sources()) {
                if (shows(source) && !exposed.contains(source.declaration())) {
                    exposed.add(source.declaration());
                }
            }
            return exposed;
        }
        if (type.node() instanceof RecordDeclaration record) {
            List<DataDeclaration> exposed = new ArrayList<>();
            for (Parameter component : record.getParameters()) {
                model.declarations().dataDeclarationOf(component).ifPresent(exposed::add);
            }
            return exposed;
        }
        Optional<AnnotationExpr> toString = CodeModel.lombokAnnotation(type.node(), "ToString");
        boolean generated = toString.isPresent() || CodeModel.hasLombok(type.node(), type, "Data")
                || CodeModel.hasLombok(type.node(), type, "Value");
        if (!generated) {
            // No toString() of its own: it shows what its superclass's shows.
            TypeInfo superclass = superclass(type, model);
            return superclass == null || seen.contains(superclass) ? List.of()
                    : of(superclass, model, returns, with(seen, type));
        }
        boolean onlyIncluded = toString.flatMap(a -> PdguardAnnotations.attribute(a, "onlyExplicitlyIncluded"))
                .map(e -> e instanceof BooleanLiteralExpr b && b.getValue()).orElse(false);
        Set<String> excluded = names(toString, "exclude");
        Set<String> only = names(toString, "of");
        List<DataDeclaration> exposed = new ArrayList<>();
        for (FieldDeclaration field : type.node().getFields()) {
            if (field.isStatic()) {
                continue;
            }
            boolean include = hasMemberAnnotation(field, "ToString.Include");
            boolean exclude = hasMemberAnnotation(field, "ToString.Exclude");
            for (VariableDeclarator variable : field.getVariables()) {
                String name = variable.getNameAsString();
                boolean shown = onlyIncluded ? include
                        : !only.isEmpty() ? only.contains(name) : !exclude && !excluded.contains(name);
                if (shown) {
                    model.declarations().dataDeclarationOf(variable).ifPresent(exposed::add);
                }
            }
        }
        return exposed;
    }

    /** Field names listed in a {@code @ToString} attribute ({@code exclude = "x"}, {@code of = {"a", "b"}}). */
    private static Set<String> names(Optional<AnnotationExpr> toString, String attribute) {
        Set<String> names = new HashSet<>();
        toString.flatMap(a -> PdguardAnnotations.attribute(a, attribute)).ifPresent(e -> {
            for (Expression element : PdguardAnnotations.elements(e)) {
                if (element instanceof StringLiteralExpr literal) {
                    names.add(literal.asString());
                }
            }
        });
        return names;
    }

    private static boolean hasMemberAnnotation(FieldDeclaration field, String name) {
        return field.getAnnotations().stream().map(AnnotationExpr::getNameAsString)
                .anyMatch(n -> n.equals(name) || n.equals("lombok." + name));
    }
}
