package io.github.pdguard.analysis.discovery;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.type.Type;
import io.github.pdguard.analysis.discovery.NameDictionary.Match;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.TypeInfo;
import io.github.pdguard.analysis.rules.Suppressions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the fields and record components of the analysed code that carry no declaration but
 * whose names the {@link NameDictionary} classifies as personal data.
 *
 * <p>Considered: instance fields and static fields that are not {@code final} of classes
 * (top-level, nested and local) and record components. Not considered: {@code static final}
 * constants and static fields that are constants by convention (named in SCREAMING_CASE, or
 * initialised with a literal: {@code public static String EMAIL = "email"}), fields of interfaces (constants) and of enums (an enum constant is never personal
 * data), annotation members, fields of anonymous classes, fields and components that carry
 * {@code @PersonalData} or {@code @Sensitive}, everything declared directly in a type that is itself
 * declared at type level (its instances are already personal data, so what is read through them is
 * tracked), {@code boolean} fields (they say whether, not what), and fields whose type is a program
 * part ({@code EmailService email}, see {@link NameDictionary#isProgramPart(String)}).
 */
public final class Discovery {
    /** The rule that reports candidates; its {@code @SuppressWarnings} value hides them from {@code discover} too. */
    public static final String RULE_ID = "unannotated-personal-data";
    private static final Set<String> BOOLEAN_TYPES = Set.of("boolean", "Boolean", "java.lang.Boolean", "AtomicBoolean",
            "java.util.concurrent.atomic.AtomicBoolean");

    private final NameDictionary dictionary;

    public Discovery(NameDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Every candidate, suppressed ones included, in file and position order. */
    public List<Candidate> candidates(DeclarationIndex declarations) {
        List<Candidate> candidates = new ArrayList<>();
        List<TypeInfo> types = new ArrayList<>(declarations.projectIndex().types());
        types.addAll(declarations.projectIndex().localTypes());
        for (TypeInfo type : types) {
            TypeDeclaration<?> node = type.node();
            boolean isClass = node instanceof ClassOrInterfaceDeclaration c && !c.isInterface();
            if (!isClass && !(node instanceof RecordDeclaration)) {
                continue;
            }
            if (declarations.dataDeclarationOf(node).isPresent()) {
                continue;
            }
            if (node instanceof RecordDeclaration record) {
                for (Parameter component : record.getParameters()) {
                    if (declarations.dataDeclarationOf(component).isEmpty()) {
                        consider(type, component, component.getName(), Candidate.Element.RECORD_COMPONENT,
                                component.getType(), candidates);
                    }
                }
            }
            for (FieldDeclaration field : node.getFields()) {
                if (field.hasModifier(Modifier.Keyword.STATIC) && field.hasModifier(Modifier.Keyword.FINAL)) {
                    continue;
                }
                for (VariableDeclarator variable : field.getVariables()) {
                    if (field.hasModifier(Modifier.Keyword.STATIC) && isConstantByConvention(variable)) {
                        continue;
                    }
                    if (declarations.dataDeclarationOf(variable).isEmpty()) {
                        consider(type, field, variable.getName(), Candidate.Element.FIELD, variable.getType(), candidates);
                    }
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.file().path().toString())
                .thenComparingInt(Candidate::line).thenComparingInt(Candidate::column));
        return List.copyOf(candidates);
    }

    /** A static field named like a constant ({@code EMAIL}) or initialised with a literal ({@code "email"}). */
    private static boolean isConstantByConvention(VariableDeclarator variable) {
        String name = variable.getNameAsString();
        boolean screaming = name.chars().anyMatch(Character::isLetter)
                && name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return screaming || variable.getInitializer().filter(Expression::isLiteralExpr).isPresent();
    }

    private void consider(TypeInfo type, Node declaration, SimpleName name,
                          Candidate.Element element, Type javaType, List<Candidate> candidates) {
        String written = javaType.asString();
        if (BOOLEAN_TYPES.contains(written) || dictionary.isProgramPart(written)) {
            return;
        }
        Optional<Match> match = dictionary.classify(name.getIdentifier(), type.displayName());
        match.ifPresent(m -> candidates.add(new Candidate(type, declaration, name, element, written, m,
                Suppressions.find(name, RULE_ID).orElse(null))));
    }
}
