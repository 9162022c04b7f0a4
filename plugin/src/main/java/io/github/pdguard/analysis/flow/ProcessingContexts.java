package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import io.github.pdguard.analysis.model.AttributeValue;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.PurposeDeclaration;
import io.github.pdguard.analysis.model.TypeInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which processing contexts every body runs in (SPEC 3.3): its own declared context, or, for code
 * without one, every declared context that reaches it through calls of undeclared code
 * (transitively; a declared method is a boundary). Remembers one call path per context and body.
 */
public final class ProcessingContexts {
    private final DeclarationIndex declarations;
    private final Map<Node, TypeInfo> bodyTypes = new IdentityHashMap<>();
    /** The bodies of {@link #bodyTypes} in the order the facts name them: identity order differs from run to run. */
    private final List<Node> bodies = new ArrayList<>();
    /** Body to context to the body it was reached from ({@code null} for the context's own code). */
    private final Map<Node, Map<PurposeDeclaration, Node>> reached = new IdentityHashMap<>();

    public ProcessingContexts(DeclarationIndex declarations, FlowFacts facts) {
        this.declarations = declarations;
        Map<Node, List<FlowFacts.Call>> callsByBody = new IdentityHashMap<>();
        for (FlowFacts.Call call : facts.calls()) {
            callsByBody.computeIfAbsent(call.body(), k -> new ArrayList<>()).add(call);
            addBody(call.body(), call.bodyType());
            declarations.projectIndex().enclosingType(call.target()).ifPresent(t -> addBody(call.target(), t));
        }
        facts.uses().forEach(use -> addBody(use.body(), use.bodyType()));
        facts.crossings().forEach(crossing -> addBody(crossing.body(), crossing.bodyType()));

        Deque<Node> work = new ArrayDeque<>();
        for (Node body : bodies) {
            Optional<PurposeDeclaration> own = declaredContext(body);
            if (own.isPresent()) {
                reached.computeIfAbsent(body, k -> new LinkedHashMap<>()).put(own.get(), null);
                work.add(body);
            }
        }
        while (!work.isEmpty()) {
            Node body = work.poll();
            Set<PurposeDeclaration> contexts = reached.get(body).keySet();
            for (FlowFacts.Call call : callsByBody.getOrDefault(body, List.of())) {
                Node target = call.target();
                if (declaredContext(target).isPresent()) {
                    continue;
                }
                Map<PurposeDeclaration, Node> targetContexts = reached.computeIfAbsent(target, k -> new LinkedHashMap<>());
                boolean grew = false;
                for (PurposeDeclaration context : List.copyOf(contexts)) {
                    if (!targetContexts.containsKey(context)) {
                        targetContexts.put(context, body);
                        grew = true;
                    }
                }
                if (grew) {
                    work.add(target);
                }
            }
        }
    }

    private void addBody(Node body, TypeInfo type) {
        if (bodyTypes.putIfAbsent(body, type) == null) {
            bodies.add(body);
        }
    }

    /** The body's own {@code @ProcessingPurpose}, by the nearest declaration. */
    public Optional<PurposeDeclaration> declaredContext(Node body) {
        TypeInfo type = bodyTypes.get(body);
        if (type == null) {
            type = declarations.projectIndex().enclosingType(body).orElse(null);
        }
        return declarations.processingContext(body instanceof CallableDeclaration<?> ? body : null, type);
    }

    /** Every context the body runs in; empty when no declared context reaches it. */
    public Set<PurposeDeclaration> contextsOf(Node body) {
        return Collections.unmodifiableSet(reached.getOrDefault(body, Map.of()).keySet());
    }

    /** {@code CampaignService.run → Mailer.address}: how the context reaches the body. */
    public String path(Node body, PurposeDeclaration context) {
        List<String> names = new ArrayList<>();
        Node current = body;
        int guard = 0;
        while (current != null && guard++ < 1000) {
            names.add(displayName(current));
            current = reached.getOrDefault(current, Map.of()).get(context);
        }
        Collections.reverse(names);
        return String.join(" → ", names);
    }

    /** The same path as flow steps: the context's declaration, each method on the way, then the use. */
    public List<io.github.pdguard.analysis.Finding.FlowStep> steps(Node body, PurposeDeclaration context, Node use,
                                                                   String useMessage) {
        List<io.github.pdguard.analysis.Finding.FlowStep> steps = new ArrayList<>();
        steps.add(step(context.file(), context.name(), "@ProcessingPurpose(" + String.join(", ", purposes(context))
                + ") on " + context.displayName()));
        List<Node> chain = new ArrayList<>();
        Node current = body;
        int guard = 0;
        while (current != null && guard++ < 1000) {
            chain.add(current);
            current = reached.getOrDefault(current, Map.of()).get(context);
        }
        Collections.reverse(chain);
        for (Node method : chain) {
            TypeInfo type = bodyTypes.get(method);
            if (type != null && method instanceof CallableDeclaration<?> callable) {
                steps.add(step(type.file(), callable.getName(), "in " + displayName(method)));
            }
        }
        TypeInfo useType = bodyTypes.get(body);
        if (useType != null) {
            steps.add(step(useType.file(), use, useMessage));
        }
        return steps;
    }

    private static io.github.pdguard.analysis.Finding.FlowStep step(io.github.pdguard.analysis.source.SourceFile file,
                                                                   Node at, String message) {
        com.github.javaparser.Position begin = at.getBegin().orElse(new com.github.javaparser.Position(1, 1));
        return new io.github.pdguard.analysis.Finding.FlowStep(file.path(), begin.line, begin.column, message);
    }

    private String displayName(Node body) {
        TypeInfo type = bodyTypes.get(body);
        String typeName = type == null ? "?" : type.displayName();
        return body instanceof CallableDeclaration<?> callable ? typeName + "." + callable.getNameAsString() : typeName;
    }

    /** The purposes a context declares, or empty when they could not be read. */
    public static List<String> purposes(PurposeDeclaration context) {
        return context.purposes() instanceof AttributeValue.Present<List<String>> p ? p.value() : List.of();
    }
}
