package io.github.pdguard.analysis.model;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.github.pdguard.analysis.source.NestedDeclarations;
import io.github.pdguard.analysis.source.SourceFile;
import io.github.pdguard.annotations.Article9Condition;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.SpecialCategory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every declaration of the analysed code ({@code @PersonalData}, {@code @Sensitive},
 * {@code @ProcessingPurpose}) with its attribute values resolved and type-level defaults linked.
 */
public final class DeclarationIndex {
    private final ProjectIndex index;
    private final ConstantEvaluator constants;
    private final List<DataDeclaration> dataDeclarations = new ArrayList<>();
    private final Map<Node, DataDeclaration> dataByNode = new IdentityHashMap<>();
    private final List<PurposeDeclaration> purposeDeclarations = new ArrayList<>();
    private final Map<Node, PurposeDeclaration> purposeByNode = new IdentityHashMap<>();
    private final Map<String, PurposeDeclaration> packagePurposes = new java.util.HashMap<>();

    public DeclarationIndex(ProjectIndex index) {
        this(index, io.github.pdguard.analysis.classpath.ClasspathConstants.NONE);
    }

    /** With constants of compiled classes on the classpath (a {@code Purposes} class of another module). */
    public DeclarationIndex(ProjectIndex index, io.github.pdguard.analysis.classpath.ClasspathConstants compiled) {
        this.index = index;
        this.constants = new ConstantEvaluator(index, compiled);
        for (TypeInfo type : index.types()) {
            readType(type);
        }
        for (TypeInfo type : index.localTypes()) {
            readType(type);
        }
        Map<TypeInfo, List<ObjectCreationExpr>> anonymous = anonymousClassesByType();
        for (TypeInfo type : index.types()) {
            readAnonymousClassFields(type, anonymous.getOrDefault(type, List.of()));
        }
        for (SourceFile file : index.files()) {
            file.compilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
                    .ifPresent(p -> readPackage(p, file));
        }
        for (DataDeclaration declaration : dataDeclarations) {
            TypeInfo start = declaration.element() == DataDeclaration.Element.TYPE
                    ? declaration.owner().enclosing() : declaration.owner();
            declaration.inheritFrom(nearestAnnotatedType(start));
        }
    }

    public ProjectIndex projectIndex() {
        return index;
    }

    public ConstantEvaluator constants() {
        return constants;
    }

    public List<DataDeclaration> dataDeclarations() {
        return dataDeclarations;
    }

    public List<PurposeDeclaration> purposeDeclarations() {
        return purposeDeclarations;
    }

    /** The declaration on a variable declarator, parameter, method or type node. */
    public Optional<DataDeclaration> dataDeclarationOf(Node node) {
        return Optional.ofNullable(dataByNode.get(node));
    }

    public Optional<PurposeDeclaration> purposeDeclarationOf(Node node) {
        return Optional.ofNullable(purposeByNode.get(node));
    }

    /**
     * The processing context of code in {@code type} (and, if given, in {@code callable}): the
     * nearest {@code @ProcessingPurpose} on the method or constructor, the enclosing types from
     * inner to outer, or the package.
     */
    public Optional<PurposeDeclaration> processingContext(Node callable, TypeInfo type) {
        if (callable != null && purposeByNode.containsKey(callable)) {
            return Optional.of(purposeByNode.get(callable));
        }
        for (TypeInfo t = type; t != null; t = t.enclosing()) {
            PurposeDeclaration declared = purposeByNode.get(t.node());
            if (declared != null) {
                return Optional.of(declared);
            }
        }
        return type == null ? Optional.empty() : Optional.ofNullable(packagePurposes.get(type.scope().packageName()));
    }

    private DataDeclaration nearestAnnotatedType(TypeInfo from) {
        for (TypeInfo t = from; t != null; t = t.enclosing()) {
            DataDeclaration declaration = dataByNode.get(t.node());
            if (declaration != null) {
                return declaration;
            }
        }
        return null;
    }

    private void readType(TypeInfo type) {
        FileScope scope = type.scope();
        readData(type.node(), type.node(), type.node().getName(), type, DataDeclaration.Element.TYPE, type.displayName());
        readPurpose(type.node(), type.node(), type.node().getName(), type, type.displayName());
        if (type.node() instanceof RecordDeclaration record) {
            for (Parameter component : record.getParameters()) {
                readData(component, component, component.getName(), type, DataDeclaration.Element.RECORD_COMPONENT,
                        type.displayName() + "." + component.getNameAsString());
            }
        }
        for (FieldDeclaration field : type.node().getFields()) {
            for (VariableDeclarator variable : field.getVariables()) {
                readData(field, variable, variable.getName(), type, DataDeclaration.Element.FIELD,
                        type.displayName() + "." + variable.getNameAsString());
            }
        }
        for (CallableDeclaration<?> callable : type.node().getMembers().stream()
                .filter(m -> m instanceof CallableDeclaration<?>).map(m -> (CallableDeclaration<?>) m).toList()) {
            String callableName = type.displayName() + "." + callable.getNameAsString();
            if (callable instanceof MethodDeclaration) {
                readData(callable, callable, callable.getName(), type, DataDeclaration.Element.METHOD, callableName + "()");
            }
            readPurpose(callable, callable, callable.getName(), type, callableName + "()");
            for (Parameter parameter : callable.getParameters()) {
                readData(parameter, parameter, parameter.getName(), type, DataDeclaration.Element.PARAMETER,
                        callableName + "(" + parameter.getNameAsString() + ")");
            }
        }
        if (scope == null) {
            throw new IllegalStateException("no scope for " + type);
        }
    }

    /**
     * The anonymous classes in each type's own members (not in its enum constants, nor in its
     * nested types, which are visited on their own; local classes belong to the type), in the
     * order of the text.
     */
    private Map<TypeInfo, List<ObjectCreationExpr>> anonymousClassesByType() {
        Map<TypeInfo, List<ObjectCreationExpr>> byType = new java.util.HashMap<>();
        for (SourceFile file : index.files()) {
            for (Node node : file.compilationUnit().map(NestedDeclarations::of).orElse(List.of())) {
                if (node instanceof ObjectCreationExpr creation) {
                    index.enclosingType(creation).filter(type -> inOwnMember(creation, type))
                            .ifPresent(type -> byType.computeIfAbsent(type, k -> new ArrayList<>()).add(creation));
                }
            }
        }
        return byType;
    }

    /** Whether the node is inside a member of the type that is no type itself (an enum constant is no member). */
    private static boolean inOwnMember(Node node, TypeInfo type) {
        Node child = node;
        while (child.getParentNode().isPresent() && child.getParentNode().get() != type.node()) {
            child = child.getParentNode().get();
        }
        return child.getParentNode().isPresent() && child instanceof BodyDeclaration<?>
                && !(child instanceof com.github.javaparser.ast.body.TypeDeclaration<?>)
                && !(child instanceof com.github.javaparser.ast.body.EnumConstantDeclaration);
    }

    /** Fields of the anonymous classes in the type's own members. */
    private void readAnonymousClassFields(TypeInfo type, List<ObjectCreationExpr> creations) {
        for (ObjectCreationExpr creation : creations) {
            for (var bodyMember : creation.getAnonymousClassBody().get()) {
                if (bodyMember instanceof FieldDeclaration field) {
                    for (VariableDeclarator variable : field.getVariables()) {
                        readData(field, variable, variable.getName(), type, DataDeclaration.Element.FIELD,
                                type.displayName() + ".<anonymous " + creation.getType().getNameAsString() + ">."
                                        + variable.getNameAsString());
                    }
                }
            }
        }
    }

    private void readPackage(PackageDeclaration declaration, SourceFile file) {
        FileScope scope = index.scopeOf(file.unit());
        PdguardAnnotations.find(declaration, PdguardAnnotations.PROCESSING_PURPOSE, scope).ifPresent(annotation -> {
            List<String> problems = new ArrayList<>();
            // Constants in package-info.java resolve through its imports, as in any type of the package.
            TypeInfo context = new TypeInfo(declaration.getNameAsString() + ".package-info", "package-info",
                    new ClassOrInterfaceDeclaration(), file, scope, null);
            AttributeValue<List<String>> purposes = strings(annotation, "value", context, problems);
            PurposeDeclaration purpose = new PurposeDeclaration(declaration, declaration.getName(), file,
                    "package " + declaration.getNameAsString(), purposes, problems);
            packagePurposes.putIfAbsent(declaration.getNameAsString(), purpose);
            purposeDeclarations.add(purpose);
            purposeByNode.put(declaration, purpose);
        });
    }

    private void readPurpose(NodeWithAnnotations<?> annotated, Node node, Node name, TypeInfo context, String display) {
        PdguardAnnotations.find(annotated, PdguardAnnotations.PROCESSING_PURPOSE, context.scope()).ifPresent(annotation -> {
            List<String> problems = new ArrayList<>();
            AttributeValue<List<String>> purposes = strings(annotation, "value", context, problems);
            PurposeDeclaration purpose = new PurposeDeclaration(node, name, context.file(), display, purposes, problems);
            purposeDeclarations.add(purpose);
            purposeByNode.put(node, purpose);
        });
    }

    private void readData(NodeWithAnnotations<?> annotated, Node node, Node name, TypeInfo owner,
                          DataDeclaration.Element element, String display) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            boolean sensitive = PdguardAnnotations.is(annotation, PdguardAnnotations.SENSITIVE, owner.scope());
            if (!sensitive && !PdguardAnnotations.is(annotation, PdguardAnnotations.PERSONAL_DATA, owner.scope())) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            List<String> categories = enumNames(annotation, "category",
                    sensitive ? names(SpecialCategory.values()) : names(Category.values()), problems);
            AttributeValue<List<String>> purposes = strings(annotation, "purposes", owner, problems);
            AttributeValue<String> retention = retention(annotation, owner, problems);
            AttributeValue<List<String>> legalBasis = enumValue(annotation, "legalBasis", names(LegalBasis.values()), problems);
            AttributeValue<List<String>> condition = sensitive
                    ? enumValue(annotation, "condition", names(Article9Condition.values()), problems)
                    : AttributeValue.absent();
            DataDeclaration declaration = new DataDeclaration(
                    sensitive ? DataDeclaration.Kind.SENSITIVE : DataDeclaration.Kind.PERSONAL_DATA, element, node, name,
                    owner, display, annotation, categories, purposes, retention, legalBasis, condition, problems);
            // One declaration per element: @Sensitive wins when both are written.
            DataDeclaration earlier = dataByNode.get(node);
            if (earlier == null || sensitive) {
                if (earlier != null) {
                    dataDeclarations.remove(earlier);
                }
                dataDeclarations.add(declaration);
                dataByNode.put(node, declaration);
            }
        }
    }

    private AttributeValue<List<String>> strings(AnnotationExpr annotation, String attribute, TypeInfo context,
                                                 List<String> problems) {
        Optional<Expression> written = PdguardAnnotations.attribute(annotation, attribute);
        if (written.isEmpty()) {
            return AttributeValue.absent();
        }
        List<String> values = new ArrayList<>();
        for (Expression element : PdguardAnnotations.elements(written.get())) {
            ConstantEvaluator.Result result = constants.evaluate(element, context);
            if (result instanceof ConstantEvaluator.Constant c && c.value() instanceof String s) {
                values.add(s);
            } else {
                String reason = result instanceof ConstantEvaluator.NotConstant n ? n.reason()
                        : "'" + element + "' is not a string";
                problems.add(attribute + ": " + reason + "; use a string literal or a static final String constant");
                return new AttributeValue.Invalid<>(reason);
            }
        }
        return values.isEmpty() ? AttributeValue.absent() : new AttributeValue.Present<>(List.copyOf(values));
    }

    private AttributeValue<String> retention(AnnotationExpr annotation, TypeInfo context, List<String> problems) {
        Optional<Expression> written = PdguardAnnotations.attribute(annotation, "retention");
        if (written.isEmpty()) {
            return AttributeValue.absent();
        }
        ConstantEvaluator.Result result = constants.evaluate(written.get(), context);
        if (!(result instanceof ConstantEvaluator.Constant c) || !(c.value() instanceof String text)) {
            String reason = result instanceof ConstantEvaluator.NotConstant n ? n.reason()
                    : "'" + written.get() + "' is not a string";
            problems.add("retention: " + reason + "; use a string literal or a static final String constant");
            return new AttributeValue.Invalid<>(reason);
        }
        if (text.isEmpty()) {
            return AttributeValue.absent();
        }
        if (!RetentionPeriod.isValid(text)) {
            problems.add(RetentionPeriod.explain(text));
            return new AttributeValue.Invalid<>(RetentionPeriod.explain(text));
        }
        return new AttributeValue.Present<>(text.trim());
    }

    private AttributeValue<List<String>> enumValue(AnnotationExpr annotation, String attribute, Set<String> allowed,
                                                   List<String> problems) {
        List<String> values = enumNames(annotation, attribute, allowed, problems);
        return values.isEmpty() ? AttributeValue.absent() : new AttributeValue.Present<>(values);
    }

    private static List<String> enumNames(AnnotationExpr annotation, String attribute, Set<String> allowed,
                                          List<String> problems) {
        Optional<Expression> written = PdguardAnnotations.attribute(annotation, attribute);
        if (written.isEmpty()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (Expression element : PdguardAnnotations.elements(written.get())) {
            String constant = element instanceof FieldAccessExpr access ? access.getNameAsString()
                    : element instanceof NameExpr name ? name.getNameAsString() : null;
            if (constant == null || !allowed.contains(constant)) {
                problems.add(attribute + ": '" + element + "' is not one of " + String.join(", ", allowed));
            } else {
                values.add(constant);
            }
        }
        return values;
    }

    private static Set<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
