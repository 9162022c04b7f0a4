package io.github.pdguard.analysis.rules.purpose;

import com.github.javaparser.ast.Node;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.ProcessingContexts;
import io.github.pdguard.analysis.flow.Source;
import io.github.pdguard.analysis.model.PurposeDeclaration;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@RuleDefinition(id = "purpose-violation", severity = Severity.ERROR,
        summary = "personal data is used in a processing context whose purposes do not include any of the data's purposes",
        description = "Purpose limitation (GDPR Art. 5(1)(b)): data collected for one purpose must not be processed for"
                + " another. Code declares what it processes data for with @ProcessingPurpose on a method,"
                + " constructor, type or package (the nearest wins); code without one runs in every declared context"
                + " that reaches it through calls. Reading declared data (a field, a getter or record accessor, an"
                + " annotated parameter or method) in a context that shares no purpose with it is reported at the"
                + " read, once per context, with the call chain; so is receiving personal data as the return value"
                + " of a call into another declared context. Holding or passing an object is not a use.")
public final class PurposeViolationRule implements Rule {

    @Override
    public void check(RuleContext context) {
        FlowFacts facts = context.flow();
        ProcessingContexts contexts = new ProcessingContexts(context.declarations(), facts);
        Map<Node, Set<PurposeDeclaration>> reported = new IdentityHashMap<>();
        for (FlowFacts.Use use : facts.uses()) {
            context.guard(use.bodyType().file(), use.at(), () -> checkUse(context, contexts, reported, use));
        }
        for (FlowFacts.Crossing crossing : facts.crossings()) {
            context.guard(crossing.bodyType().file(), crossing.at(), () -> checkCrossing(context, contexts, reported, crossing));
        }
    }

    private static void checkUse(RuleContext context, ProcessingContexts contexts,
                                 Map<Node, Set<PurposeDeclaration>> reported, FlowFacts.Use use) {
        for (PurposeDeclaration processing : contexts.contextsOf(use.body())) {
            List<Source> violating = violating(List.of(use.source()), processing);
            if (!violating.isEmpty() && reported.computeIfAbsent(use.at(), k -> new HashSet<>()).add(processing)) {
                context.report(use.bodyType().file(), use.at(), message(violating, processing,
                        contexts.path(use.body(), processing)), contexts.steps(use.body(), processing, use.at(),
                        "reads " + use.source().name()));
            }
        }
    }

    private static void checkCrossing(RuleContext context, ProcessingContexts contexts,
                                      Map<Node, Set<PurposeDeclaration>> reported, FlowFacts.Crossing crossing) {
        PurposeDeclaration callee = contexts.declaredContext(crossing.target()).orElse(null);
        if (callee == null) {
            return;
        }
        for (PurposeDeclaration processing : contexts.contextsOf(crossing.body())) {
            if (processing == callee) {
                continue;
            }
            List<Source> violating = violating(crossing.returned().sources(), processing);
            if (!violating.isEmpty() && reported.computeIfAbsent(crossing.at(), k -> new HashSet<>()).add(processing)) {
                context.report(crossing.bodyType().file(), crossing.at(), message(violating, processing,
                        contexts.path(crossing.body(), processing)) + ", returned by "
                        + crossing.target().getNameAsString() + "() of the " + String.join(", ",
                        ProcessingContexts.purposes(callee)) + " context", contexts.steps(crossing.body(),
                        processing, crossing.at(), "receives personal data from " + crossing.target().getNameAsString()
                                + "()"));
            }
        }
    }

    /** The read sources whose purposes share none with the context's (data without purposes is not checked). */
    private static List<Source> violating(Collection<Source> sources, PurposeDeclaration processing) {
        List<String> allowed = ProcessingContexts.purposes(processing);
        if (allowed.isEmpty()) {
            return List.of();
        }
        List<Source> violating = new ArrayList<>();
        for (Source source : sources) {
            if (source.kind() == Source.Kind.READ && !source.purposes().isEmpty()
                    && source.purposes().stream().noneMatch(allowed::contains)) {
                violating.add(source);
            }
        }
        violating.sort((a, b) -> a.name().compareTo(b.name()));
        return violating;
    }

    private static String message(List<Source> sources, PurposeDeclaration processing, String path) {
        String data = sources.stream().map(s -> s.name() + " (" + String.join(", ", s.purposes()) + ")")
                .distinct().collect(Collectors.joining(", "));
        return data + " used for " + String.join(", ", ProcessingContexts.purposes(processing)) + " in " + path;
    }
}
