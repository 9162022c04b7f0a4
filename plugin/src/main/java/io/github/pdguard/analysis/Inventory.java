package io.github.pdguard.analysis;

import com.github.javaparser.Position;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.ProcessingContexts;
import io.github.pdguard.analysis.flow.Source;
import io.github.pdguard.analysis.model.AttributeValue;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.PdguardAnnotations;
import io.github.pdguard.analysis.model.PurposeDeclaration;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.rules.AnalysisModel;
import io.github.pdguard.analysis.rules.EnclosingMember;
import io.github.pdguard.analysis.source.SourceFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The records of processing (GDPR Art. 30) as the code declares them: every declaration with its
 * effective attributes (after inheritance from enclosing types), every declared processing context
 * with the personal data it uses, and every {@code @SuppressWarnings("pdguard…")}. Plain values
 * only, sorted, so that writers can print them as they are.
 */
public record Inventory(List<Declaration> declarations, List<Context> contexts, List<Suppression> suppressions) {

    public static final Inventory EMPTY = new Inventory(List.of(), List.of(), List.of());

    public Inventory {
        declarations = List.copyOf(declarations);
        contexts = List.copyOf(contexts);
        suppressions = List.copyOf(suppressions);
    }

    /** A place in an analysed file. */
    public record Location(Path file, int line, int column) implements Comparable<Location> {
        private static final Comparator<Location> ORDER = Comparator.comparing((Location l) -> l.file().toString())
                .thenComparingInt(Location::line).thenComparingInt(Location::column);

        @Override
        public int compareTo(Location other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * One {@code @PersonalData} or {@code @Sensitive} declaration.
     *
     * @param element           how messages name it: {@code Customer.email}
     * @param owner             the qualified name of the type it is declared in (or the type itself)
     * @param elementKind       {@code type}, {@code field}, {@code record-component}, {@code parameter} or {@code method}
     * @param kind              {@code personal-data} or {@code sensitive}
     * @param categories        {@code Category} names ({@code @PersonalData})
     * @param specialCategories {@code SpecialCategory} names ({@code @Sensitive})
     * @param retention         the effective ISO-8601 retention, or {@code null} when none is usable
     * @param problems          what is wrong with the values as written or inherited
     */
    public record Declaration(String element, String owner, String elementKind, String kind, Location location,
                              List<String> categories, List<String> specialCategories, List<String> purposes,
                              String retention, List<String> legalBasis, List<String> condition,
                              List<String> problems) {
    }

    /**
     * One {@code @ProcessingPurpose} and the personal data read in it (in its own code and in
     * undeclared code it reaches through calls).
     *
     * @param elementKind {@code method}, {@code constructor}, {@code type} or {@code package}
     */
    public record Context(String element, String elementKind, Location location, List<String> purposes,
                          List<DataUse> uses) {
    }

    /**
     * Personal data one context uses.
     *
     * @param data     the declaration read ({@code Customer.email}) or returned across contexts
     * @param purposes the data's own effective purposes
     * @param status   {@code allowed} (the purposes overlap), {@code violation}, or {@code unchecked}
     *                 (the data or the context has no usable purposes)
     * @param how      {@code read}, or {@code returned by Type.method()} for data handed over by another context
     * @param at       every place it is used, sorted
     */
    public record DataUse(String data, List<String> categories, boolean special, List<String> purposes, String status,
                          String how, List<Location> at) {
    }

    /**
     * One {@code @SuppressWarnings} value of pdguard.
     *
     * @param value    as written: {@code pdguard} or {@code pdguard:log-leak}
     * @param rule     the rule id it covers, or {@code *} for all rules
     * @param element  the annotated element: {@code CustomerService.register}, {@code CustomerService.register(email)}
     * @param location where the annotation is
     * @param findings how many findings it suppresses in this analysis
     */
    public record Suppression(String value, String rule, String element, Location location, int findings) {
    }

    /** Reads the inventory off an analysed model; {@code findings} are the analysis' findings (for suppression counts). */
    public static Inventory build(AnalysisModel model, List<Finding> findings) {
        DeclarationIndex declarations = model.declarations();
        List<Declaration> declarationRecords = new ArrayList<>();
        for (DataDeclaration declaration : declarations.dataDeclarations()) {
            declarationRecords.add(declaration(declaration));
        }
        declarationRecords.sort(Comparator.comparing(Declaration::location).thenComparing(Declaration::element));
        List<Context> contexts = contexts(declarations, model.flow());
        List<Suppression> suppressions = suppressions(declarations.projectIndex(), findings);
        return new Inventory(declarationRecords, contexts, suppressions);
    }

    private static Declaration declaration(DataDeclaration d) {
        List<String> problems = new ArrayList<>(d.problems());
        List<String> purposes = listValue(d.purposes(), "purposes", problems);
        String retention = stringValue(d.retention(), "retention", problems);
        List<String> legalBasis = listValue(d.legalBasis(), "legalBasis", problems);
        List<String> condition = listValue(d.condition(), "condition", problems);
        return new Declaration(d.displayName(), d.owner().qualifiedName(),
                d.element().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                d.isSensitive() ? "sensitive" : "personal-data", location(d.file().path(), d.name()),
                d.isSensitive() ? List.of() : d.categories(), d.isSensitive() ? d.categories() : List.of(),
                purposes, retention, legalBasis, condition, problems.stream().distinct().toList());
    }

    private static List<String> listValue(AttributeValue<List<String>> value, String attribute, List<String> problems) {
        if (value instanceof AttributeValue.Present<List<String>> present) {
            return present.value();
        }
        if (value instanceof AttributeValue.Invalid<List<String>> invalid && problems.stream().noneMatch(p -> p.startsWith(attribute))) {
            problems.add(attribute + " (inherited): " + invalid.reason());
        }
        return List.of();
    }

    private static String stringValue(AttributeValue<String> value, String attribute, List<String> problems) {
        if (value instanceof AttributeValue.Present<String> present) {
            return present.value();
        }
        if (value instanceof AttributeValue.Invalid<String> invalid
                && problems.stream().noneMatch(p -> p.contains(invalid.reason()))) {
            problems.add(attribute + " (inherited): " + invalid.reason());
        }
        return null;
    }

    private static List<Context> contexts(DeclarationIndex declarations, FlowFacts facts) {
        ProcessingContexts contexts = new ProcessingContexts(declarations, facts);
        Map<PurposeDeclaration, Map<String, DataUseBuilder>> uses = new IdentityHashMap<>();
        for (FlowFacts.Use use : facts.uses()) {
            Source source = use.source();
            if (source.kind() != Source.Kind.READ) {
                continue;
            }
            for (PurposeDeclaration context : contexts.contextsOf(use.body())) {
                uses.computeIfAbsent(context, k -> new LinkedHashMap<>())
                        .computeIfAbsent(source.name() + "\u0000read", k -> new DataUseBuilder(source, context, "read"))
                        .at.add(location(use.bodyType().file().path(), use.at()));
            }
        }
        for (FlowFacts.Crossing crossing : facts.crossings()) {
            Optional<PurposeDeclaration> callee = contexts.declaredContext(crossing.target());
            if (callee.isEmpty()) {
                continue;
            }
            String how = "returned by " + declaringName(declarations.projectIndex(), crossing.target());
            for (PurposeDeclaration context : contexts.contextsOf(crossing.body())) {
                if (context == callee.get()) {
                    continue;
                }
                for (Source source : crossing.returned().sources()) {
                    if (source.kind() != Source.Kind.READ) {
                        continue;
                    }
                    uses.computeIfAbsent(context, k -> new LinkedHashMap<>())
                            .computeIfAbsent(source.name() + "\u0000" + how, k -> new DataUseBuilder(source, context, how))
                            .at.add(location(crossing.bodyType().file().path(), crossing.at()));
                }
            }
        }
        List<Context> records = new ArrayList<>();
        for (PurposeDeclaration context : declarations.purposeDeclarations()) {
            List<DataUse> dataUses = uses.getOrDefault(context, Map.of()).values().stream().map(DataUseBuilder::build)
                    .sorted(Comparator.comparing(DataUse::data).thenComparing(DataUse::how)).toList();
            records.add(new Context(context.displayName(), contextKind(context.node()),
                    location(context.file().path(), context.name()), ProcessingContexts.purposes(context), dataUses));
        }
        records.sort(Comparator.comparing(Context::location).thenComparing(Context::element));
        return records;
    }

    private static String declaringName(ProjectIndex index, CallableDeclaration<?> target) {
        return EnclosingMember.of(target, index).orElse(target.getNameAsString()) + "()";
    }

    private static String contextKind(Node node) {
        if (node instanceof PackageDeclaration) {
            return "package";
        }
        if (node instanceof ConstructorDeclaration) {
            return "constructor";
        }
        if (node instanceof CallableDeclaration<?>) {
            return "method";
        }
        return "type";
    }

    private static final class DataUseBuilder {
        private final Source source;
        private final String status;
        private final String how;
        private final TreeSet<Location> at = new TreeSet<>();

        DataUseBuilder(Source source, PurposeDeclaration context, String how) {
            this.source = source;
            this.how = how;
            List<String> allowed = ProcessingContexts.purposes(context);
            List<String> own = source.purposes();
            this.status = allowed.isEmpty() || own.isEmpty() ? "unchecked"
                    : own.stream().anyMatch(allowed::contains) ? "allowed" : "violation";
        }

        DataUse build() {
            return new DataUse(source.name(), source.categories(), source.special(), source.purposes(), status, how,
                    List.copyOf(at));
        }
    }

    private static List<Suppression> suppressions(ProjectIndex index, List<Finding> findings) {
        record Found(Suppression suppression, Node annotated, Path file) {
        }
        List<Found> found = new ArrayList<>();
        for (SourceFile file : index.files()) {
            Optional<CompilationUnit> unit = file.compilationUnit();
            if (unit.isEmpty()) {
                continue;
            }
            for (AnnotationExpr annotation : unit.get().findAll(AnnotationExpr.class)) {
                String name = annotation.getNameAsString();
                if (!name.equals("SuppressWarnings") && !name.equals("java.lang.SuppressWarnings")) {
                    continue;
                }
                Optional<Expression> value = PdguardAnnotations.attribute(annotation, "value");
                Node annotated = annotation.getParentNode().orElse(null);
                if (value.isEmpty() || annotated == null) {
                    continue;
                }
                for (Expression element : PdguardAnnotations.elements(value.get())) {
                    if (!(element instanceof StringLiteralExpr literal)) {
                        continue;
                    }
                    String text = literal.asString().trim();
                    if (!text.equals("pdguard") && !text.startsWith("pdguard:")) {
                        continue;
                    }
                    String rule = text.equals("pdguard") ? "*" : text.substring("pdguard:".length());
                    found.add(new Found(new Suppression(text, rule, describe(annotated, index),
                            location(file.path(), annotation), 0), annotated, file.path()));
                }
            }
        }
        // Attribute each suppressed finding to the innermost matching suppression around it, as Suppressions does.
        int[] counts = new int[found.size()];
        for (Finding finding : findings) {
            if (!finding.isSuppressed()) {
                continue;
            }
            Position at = new Position(finding.line(), finding.column());
            int best = -1;
            for (int i = 0; i < found.size(); i++) {
                Found candidate = found.get(i);
                Optional<Range> range = candidate.annotated().getRange();
                boolean matches = candidate.suppression().value().equals(finding.suppressedBy())
                        && candidate.file().equals(finding.file()) && range.isPresent() && range.get().contains(at);
                if (matches && (best < 0 || found.get(best).annotated().isAncestorOf(candidate.annotated()))) {
                    best = i;
                }
            }
            if (best >= 0) {
                counts[best]++;
            }
        }
        List<Suppression> records = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Suppression s = found.get(i).suppression();
            records.add(new Suppression(s.value(), s.rule(), s.element(), s.location(), counts[i]));
        }
        records.sort(Comparator.comparing(Suppression::location).thenComparing(Suppression::value));
        return records;
    }

    /** {@code Customer}, {@code Customer.email}, {@code CustomerService.register(email)}, {@code CustomerService.register: local x}. */
    private static String describe(Node annotated, ProjectIndex index) {
        String member = EnclosingMember.of(annotated, index).orElse("?");
        if (annotated instanceof Parameter parameter && !(parameter.getParentNode().orElse(null) instanceof TypeDeclaration<?>)) {
            return member + "(" + parameter.getNameAsString() + ")";
        }
        if (annotated instanceof VariableDeclarationExpr local) {
            return member + ": local " + local.getVariable(0).getNameAsString();
        }
        return member;
    }

    private static Location location(Path file, Node node) {
        Position begin = node.getBegin().orElse(new Position(1, 1));
        return new Location(file, begin.line, begin.column);
    }
}
