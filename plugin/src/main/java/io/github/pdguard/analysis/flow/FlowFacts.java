package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.TypeInfo;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** What the value analysis found, for the rules to report. */
public final class FlowFacts {

    /** A sink call that receives personal data in some argument (a whole fluent chain counts once). */
    public record SinkHit(SourceFile file, MethodCallExpr call, Node reportAt, String sink, Taint taint) {
    }

    /** A Throwable constructed with personal data in an argument. */
    public record ExceptionHit(SourceFile file, ObjectCreationExpr creation, String type, Taint taint) {
    }

    /**
     * A read of declared data: a declared field, component or parameter, a transparent or generated
     * getter, or an annotated method. {@code body} is the method (or type, for initialisers) it is in.
     */
    public record Use(Node body, TypeInfo bodyType, Node at, Source source) {
    }

    /** A call from one body to a method or constructor of the analysed code. */
    public record Call(Node body, TypeInfo bodyType, CallableDeclaration<?> target, Node at) {
    }

    /** A call whose return value carries personal data back into the caller. */
    public record Crossing(Node body, TypeInfo bodyType, CallableDeclaration<?> target, Node at, Taint returned) {
    }

    /** A call of the analysed code whose result may carry personal data from the callee (not from the caller's parameters). */
    record Via(String signature, Taint returned) {
    }

    /** Code that could not be analysed (too deeply nested, or an internal error), by file and position. */
    public record Problem(SourceFile file, int line, int column, String reason) {
    }

    /**
     * What one evaluation of one body found. A body evaluated again replaces its facts, so when
     * the summaries settle, every body's facts are those of its evaluation with the final summaries.
     * Taints may still refer to the body's parameters and to fields: {@link #add} makes them concrete.
     */
    static final class BodyFacts {
        // One per body, most of them holding nothing: each collection is made when it gets its first entry.
        List<Problem> problems = List.of();
        Map<MethodCallExpr, SinkHit> sinks = Map.of();
        Map<ObjectCreationExpr, ExceptionHit> exceptions = Map.of();
        /** For each fluent log event (by its at-call), its sink calls in evaluation order. */
        Map<MethodCallExpr, List<SinkHit>> chains = Map.of();
        /** Calls of the analysed code whose result may carry personal data, with each method it may call. */
        Map<MethodCallExpr, List<Via>> via = Map.of();
        List<Use> uses = List.of();
        List<Call> calls = List.of();
        List<Crossing> crossings = List.of();
        /** Set once the body is evaluated again: then this evaluation's effects are stale. */
        volatile boolean stale;

        /**
         * The body was evaluated again: this evaluation's effects are stale, and its facts, which
         * nothing reads any more, are dropped (stale effects may keep this object until purged).
         */
        void replaced() {
            stale = true;
            problems = List.of();
            sinks = Map.of();
            exceptions = Map.of();
            chains = Map.of();
            via = Map.of();
            uses = List.of();
            calls = List.of();
            crossings = List.of();
        }

        void problem(Problem problem) {
            (problems = grown(problems)).add(problem);
        }

        void sink(MethodCallExpr call, SinkHit hit) {
            (sinks = grown(sinks)).merge(call, hit,
                    (a, b) -> new SinkHit(a.file(), a.call(), a.reportAt(), a.sink(), a.taint().union(b.taint())));
        }

        void exception(ObjectCreationExpr creation, ExceptionHit hit) {
            (exceptions = grown(exceptions)).merge(creation, hit,
                    (a, b) -> new ExceptionHit(a.file(), a.creation(), a.type(), a.taint().union(b.taint())));
        }

        void chained(MethodCallExpr entry, SinkHit hit) {
            (chains = grown(chains)).computeIfAbsent(entry, k -> new ArrayList<>(2)).add(hit);
        }

        void via(MethodCallExpr call, Via via) {
            (this.via = grown(this.via)).computeIfAbsent(call, k -> new ArrayList<>(2)).add(via);
        }

        void use(Use use) {
            (uses = grown(uses)).add(use);
        }

        void call(Call call) {
            (calls = grown(calls)).add(call);
        }

        void crossing(Crossing crossing) {
            (crossings = grown(crossings)).add(crossing);
        }

        private static <T> List<T> grown(List<T> list) {
            return list instanceof ArrayList<T> ? list : new ArrayList<>(2);
        }

        private static <K, V> Map<K, V> grown(Map<K, V> map) {
            return map instanceof IdentityHashMap<K, V> ? map : new IdentityHashMap<>(2);
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private final Map<MethodCallExpr, SinkHit> sinks = new IdentityHashMap<>();
    private final Map<ObjectCreationExpr, ExceptionHit> exceptions = new IdentityHashMap<>();
    private final List<Use> uses = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Crossing> crossings = new ArrayList<>();
    final Map<TypeInfo, List<DataDeclaration>> exposures = new LinkedHashMap<>();
    int rounds;

    /** Adds a body's facts, its parameters and fields replaced by what they hold ({@code concrete}); only personal data counts. */
    void add(BodyFacts body, UnaryOperator<Taint> concrete) {
        problems.addAll(body.problems);
        body.sinks.forEach((call, hit) -> {
            Taint taint = concrete.apply(hit.taint());
            if (taint.hasSources()) {
                sinks.put(call, new SinkHit(hit.file(), call, hit.reportAt(), hit.sink() + via(call, body, concrete), taint));
            }
        });
        body.chains.values().forEach(chain -> reportChain(chain, body, concrete));
        body.exceptions.forEach((creation, hit) -> {
            Taint taint = concrete.apply(hit.taint());
            if (taint.hasSources()) {
                exceptions.put(creation, new ExceptionHit(hit.file(), creation, hit.type() + via(creation, body, concrete), taint));
            }
        });
        uses.addAll(body.uses);
        calls.addAll(body.calls);
        for (Crossing crossing : body.crossings) {
            Taint returned = concrete.apply(crossing.returned());
            if (returned.hasSources()) {
                crossings.add(new Crossing(crossing.body(), crossing.bodyType(), crossing.target(), crossing.at(), returned));
            }
        }
    }

    /** One log event, one finding: at its first call with personal data, listing all of the event's. */
    private void reportChain(List<SinkHit> chain, BodyFacts body, UnaryOperator<Taint> concrete) {
        SinkHit first = null;
        Taint all = Taint.CLEAN;
        for (SinkHit hit : chain) {
            Taint taint = concrete.apply(hit.taint());
            if (first == null && taint.hasSources()) {
                first = hit;
            }
            all = all.union(taint);
        }
        if (first != null) {
            sinks.put(first.call(), new SinkHit(first.file(), first.call(), first.reportAt(),
                    first.sink() + via(first.call(), body, concrete), all));
        }
    }

    /** The methods of the analysed code a sink's arguments got personal data from, for the message. */
    private static String via(Node node, BodyFacts body, UnaryOperator<Taint> concrete) {
        if (body.via.isEmpty()) {
            return "";
        }
        List<String> methods = new ArrayList<>();
        for (MethodCallExpr inner : node.findAll(MethodCallExpr.class)) {
            if (inner == node) {
                continue;
            }
            body.via.getOrDefault(inner, List.of()).stream()
                    .filter(via -> concrete.apply(via.returned()).hasSources()).findFirst()
                    .map(Via::signature).filter(method -> !methods.contains(method)).ifPresent(methods::add);
        }
        return methods.isEmpty() ? "" : " via " + String.join(", ", methods);
    }

    public List<SinkHit> sinkHits() {
        return List.copyOf(sinks.values());
    }

    public List<ExceptionHit> exceptionHits() {
        return List.copyOf(exceptions.values());
    }

    /** Bodies the analysis had to give up on; each must fail the build, never pass silently. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Use> uses() {
        return uses;
    }

    public List<Call> calls() {
        return calls;
    }

    public List<Crossing> crossings() {
        return crossings;
    }

    /** For every analysed type, the declared fields its toString() exposes. */
    public Map<TypeInfo, List<DataDeclaration>> toStringExposures() {
        return exposures;
    }

    /** Rounds the analysis needed until nothing changed. */
    public int rounds() {
        return rounds;
    }
}
