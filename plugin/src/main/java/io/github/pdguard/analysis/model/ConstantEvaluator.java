package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

import io.github.pdguard.analysis.classpath.ClasspathConstants;
import io.github.pdguard.analysis.source.SourceText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates compile-time constant expressions of the analysed code the way javac does for the
 * cases annotations use: literals, {@code static final} fields with constant initialisers (in
 * the same type, enclosing types, supertypes, other types and static imports) and {@code +}.
 */
public final class ConstantEvaluator {
    /** Longest expression text quoted in a message. */
    private static final int QUOTE_LENGTH = 80;
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
    private final ProjectIndex index;
    private final ClasspathConstants compiled;

    public ConstantEvaluator(ProjectIndex index) {
        this(index, ClasspathConstants.NONE);
    }

    /** Also resolves constants of compiled classes (other modules, jars) that the sources refer to. */
    public ConstantEvaluator(ProjectIndex index, ClasspathConstants compiled) {
        this.index = index;
        this.compiled = compiled;
    }

    /** The value of a constant expression, or why it is not one. */
    public sealed interface Result permits Constant, NotConstant {
    }

    public record Constant(Object value) implements Result {
    }

    public record NotConstant(String reason) implements Result {
    }

    public Result evaluate(Expression expression, TypeInfo context) {
        return evaluate(expression, context, new HashSet<>());
    }

    /** A constant string, or empty when the expression is not a constant string. */
    public Optional<String> stringValue(Expression expression, TypeInfo context) {
        if (context == null) {
            return expression instanceof StringLiteralExpr s ? Optional.of(s.asString()) : Optional.empty();
        }
        return evaluate(expression, context) instanceof Constant c && c.value() instanceof String s
                ? Optional.of(s) : Optional.empty();
    }

    private Result evaluate(Expression written, TypeInfo context, Set<String> visiting) {
        // Parentheses and casts nest arbitrarily deep in generated code: unwrap them in a loop.
        Expression expression = written;
        while (expression instanceof EnclosedExpr || expression instanceof CastExpr) {
            expression = expression instanceof EnclosedExpr e ? e.getInner() : ((CastExpr) expression).getExpression();
        }
        if (expression instanceof StringLiteralExpr s) {
            return new Constant(s.asString());
        }
        if (expression instanceof TextBlockLiteralExpr t) {
            return new Constant(t.asString());
        }
        if (expression instanceof CharLiteralExpr c) {
            return new Constant(c.asChar());
        }
        if (expression instanceof IntegerLiteralExpr i) {
            return new Constant(i.asNumber());
        }
        if (expression instanceof LongLiteralExpr l) {
            return new Constant(l.asNumber());
        }
        if (expression instanceof BooleanLiteralExpr b) {
            return new Constant(b.getValue());
        }
        if (expression instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
            return concatenation(binary, context, visiting);
        }
        if (expression instanceof NameExpr name) {
            Optional<FieldRef> field = field(name.getNameAsString(), context, visiting);
            if (field.isPresent()) {
                return evaluateField(field.get(), visiting);
            }
            return staticallyImportedConstant(name.getNameAsString(), context)
                    .orElseGet(() -> new NotConstant(quote(name) + " is not a constant of the analysed code"));
        }
        if (expression instanceof FieldAccessExpr access) {
            Optional<TypeInfo> owner = index.resolveTypeExpression(access.getScope(), context);
            if (owner.isPresent()) {
                return memberField(owner.get(), access.getNameAsString(), new HashSet<>())
                        .map(f -> evaluateField(f, visiting))
                        .orElseGet(() -> new NotConstant(quote(access) + " is not a constant of the analysed code"));
            }
            return compiledConstant(access.getScope().toString(), access.getNameAsString(), context)
                    .orElseGet(() -> new NotConstant(quote(access) + " is not a constant of the analysed code"
                            + " or of a class on its classpath"));
        }
        return new NotConstant(quote(expression) + " is not a compile-time constant");
    }

    /**
     * {@code a + b + c ...}: a left-deep tree, as deep as it is long (generated code concatenates
     * tens of thousands of terms), so it is walked in a loop and folded from the left as javac does.
     */
    private Result concatenation(BinaryExpr binary, TypeInfo context, Set<String> visiting) {
        List<Expression> operands = new ArrayList<>();
        Expression current = binary;
        while (current instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            operands.add(b.getRight());
            current = b.getLeft();
        }
        operands.add(current);
        Collections.reverse(operands);
        Object value = null;
        for (int i = 0; i < operands.size(); i++) {
            Result operand = evaluate(operands.get(i), context, visiting);
            if (operand instanceof NotConstant) {
                return operand;
            }
            Object next = ((Constant) operand).value();
            if (i == 0) {
                value = next;
            } else if (value instanceof String || next instanceof String) {
                value = String.valueOf(value) + next;
            } else if (value instanceof Number a && next instanceof Number b) {
                value = a.longValue() + b.longValue();
            } else {
                return new NotConstant(quote(binary) + " is not a constant expression");
            }
        }
        return new Constant(value);
    }

    /**
     * An expression as written, quoted for a message and shortened: read from the file's text,
     * because printing a syntax tree recurses as deep as the expression nests.
     */
    static String quote(Expression expression) {
        Optional<String> written = SourceText.of(expression);
        if (written.isEmpty()) {
            return "'" + expression.getClass().getSimpleName() + "'";
        }
        String text = WHITESPACE.matcher(written.get().length() > 4 * QUOTE_LENGTH
                ? written.get().substring(0, 4 * QUOTE_LENGTH) : written.get()).replaceAll(" ").trim();
        return "'" + (text.length() > QUOTE_LENGTH ? text.substring(0, QUOTE_LENGTH) + '\u2026' : text) + "'";
    }

    private record FieldRef(TypeInfo owner, VariableDeclarator variable, boolean constant) {
    }

    /** {@code Purposes.SALES} where {@code Purposes} is compiled in another module or a jar, found through the imports. */
    private Optional<Result> compiledConstant(String writtenType, String field, TypeInfo context) {
        FileScope scope = context.scope();
        int dot = writtenType.indexOf('.');
        String head = dot < 0 ? writtenType : writtenType.substring(0, dot);
        String rest = dot < 0 ? "" : writtenType.substring(dot);
        java.util.List<String> candidates = new java.util.ArrayList<>();
        scope.importedType(head).ifPresent(imported -> candidates.add(imported + rest));
        candidates.add(scope.packageName().isEmpty() ? writtenType : scope.packageName() + "." + writtenType);
        scope.onDemandImports().forEach(p -> candidates.add(p + "." + writtenType));
        candidates.add(writtenType);
        for (String candidate : candidates) {
            Optional<Object> value = compiled.constant(candidate, field);
            if (value.isPresent() && value.get() != null) {
                return Optional.of(new Constant(value.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Result> staticallyImportedConstant(String name, TypeInfo context) {
        FileScope scope = context.scope();
        Optional<String> owner = scope.staticImportOwner(name);
        if (owner.isPresent()) {
            return compiledConstant(owner.get(), name, context);
        }
        for (String onDemand : scope.staticOnDemandImports()) {
            Optional<Result> found = compiledConstant(onDemand, name, context);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Result evaluateField(FieldRef field, Set<String> visiting) {
        String key = field.owner().qualifiedName() + "#" + field.variable().getNameAsString();
        String written = field.owner().displayName() + "." + field.variable().getNameAsString();
        if (!field.constant() || field.variable().getInitializer().isEmpty()) {
            return new NotConstant("'" + written + "' is not a static final constant");
        }
        if (!visiting.add(key)) {
            return new NotConstant("'" + written + "' refers to itself");
        }
        try {
            Result value = evaluate(field.variable().getInitializer().get(), field.owner(), visiting);
            return value instanceof NotConstant
                    ? new NotConstant("'" + written + "' is not a compile-time constant") : value;
        } finally {
            visiting.remove(key);
        }
    }

    /** A simple name as Java resolves it: own and inherited members, enclosing types, static imports. */
    private Optional<FieldRef> field(String name, TypeInfo context, Set<String> visiting) {
        for (TypeInfo t = context; t != null; t = t.enclosing()) {
            Optional<FieldRef> found = memberField(t, name, new HashSet<>());
            if (found.isPresent()) {
                return found;
            }
        }
        FileScope scope = context.scope();
        Optional<FieldRef> imported = scope.staticImportOwner(name)
                .flatMap(index::type)
                .flatMap(owner -> memberField(owner, name, new HashSet<>()));
        if (imported.isPresent()) {
            return imported;
        }
        for (String owner : scope.staticOnDemandImports()) {
            Optional<FieldRef> found = index.type(owner).flatMap(t -> memberField(t, name, new HashSet<>()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<FieldRef> memberField(TypeInfo type, String name, Set<TypeInfo> seen) {
        if (!seen.add(type)) {
            return Optional.empty();
        }
        boolean inInterface = type.node() instanceof ClassOrInterfaceDeclaration c && c.isInterface();
        for (FieldDeclaration field : type.node().getFields()) {
            for (VariableDeclarator variable : field.getVariables()) {
                if (variable.getNameAsString().equals(name)) {
                    boolean constant = inInterface
                            || (field.hasModifier(Modifier.Keyword.STATIC) && field.hasModifier(Modifier.Keyword.FINAL));
                    return Optional.of(new FieldRef(type, variable, constant));
                }
            }
        }
        for (TypeInfo supertype : index.supertypes(type)) {
            Optional<FieldRef> inherited = memberField(supertype, name, seen);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }
}
