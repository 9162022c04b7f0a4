package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Node;

import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The personal data a value carries: concrete sources, and (inside a method summary) the
 * parameters of the method whose data flows into it and the fields it was read from, whose data
 * is known only when the summaries settle. Immutable; {@link #CLEAN} carries nothing.
 * The sets are hashed for the analysis (unions and subset checks are its inner loop); whoever
 * lists the sources gets them sorted, so that what a finding says does not depend on the order
 * the analysis met them in (nor on the per-JVM iteration order of {@code Set.copyOf}).
 */
public final class Taint {
    private static final FieldReads NO_FIELDS = new FieldReads(Set.of());
    public static final Taint CLEAN = new Taint(Set.of(), Set.of(), NO_FIELDS);
    private static final Comparator<Source> ORDER = Comparator.comparing(Source::name).thenComparing(Source::kind);

    private final Set<Source> sources;
    private final Set<Integer> parameters;
    private final FieldReads fields;

    /**
     * What a field holds, read where the field's own summary may still grow; {@code declaredOnly}
     * keeps only its declared sources (see {@link #declared()}).
     */
    public record FieldRead(Node field, boolean declaredOnly) {
        @Override
        public boolean equals(Object other) {
            return other instanceof FieldRead f && f.field == field && f.declaredOnly == declaredOnly;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(field) * 2 + (declaredOnly ? 1 : 0);
        }
    }

    /**
     * The fields a taint refers to, shared by the taints built from it, with the sources they held
     * when last asked: replacing field references is the analysis's most frequent step, and most
     * of the time no field has grown since.
     */
    private static final class FieldReads {
        final Set<FieldRead> reads;
        /** Written by whichever thread resolves them; any complete answer will do. */
        volatile Resolved resolved;

        FieldReads(Set<FieldRead> reads) {
            this.reads = reads;
        }
    }

    /** What the fields held at {@code generation} of the fields' summaries. */
    private record Resolved(long generation, Set<Source> sources) {
    }

    private Taint(Set<Source> sources, Set<Integer> parameters, FieldReads fields) {
        this.sources = sources;
        this.parameters = parameters;
        this.fields = fields;
    }

    public static Taint of(Source source) {
        return new Taint(Set.of(source), Set.of(), NO_FIELDS);
    }

    public static Taint of(Collection<Source> sources) {
        return sources.isEmpty() ? CLEAN : new Taint(Set.copyOf(sources), Set.of(), NO_FIELDS);
    }

    public static Taint parameter(int index) {
        return new Taint(Set.of(), Set.of(index), NO_FIELDS);
    }

    public static Taint field(Node field, boolean declaredOnly) {
        return new Taint(Set.of(), Set.of(), new FieldReads(Set.of(new FieldRead(field, declaredOnly))));
    }

    /** The sources, sorted by name and kind. */
    public List<Source> sources() {
        return sources.stream().sorted(ORDER).toList();
    }

    /** The parameters whose data flows in, in ascending order. */
    public List<Integer> parameters() {
        return parameters.stream().sorted().toList();
    }

    /** Whether data of the method's parameters flows in (a summary, not yet applied at a call). */
    public boolean hasParameters() {
        return !parameters.isEmpty();
    }

    /** The fields whose data flows in, their summaries not yet applied. */
    public Set<FieldRead> fields() {
        return fields.reads;
    }

    /** Whether it refers to parameters or fields: what it carries is known only once those are. */
    public boolean isSymbolic() {
        return !parameters.isEmpty() || !fields.reads.isEmpty();
    }

    public boolean isClean() {
        return sources.isEmpty() && parameters.isEmpty() && fields.reads.isEmpty();
    }

    public boolean hasSources() {
        return !sources.isEmpty();
    }

    public Taint union(Taint other) {
        if (other == null || other.isClean() || other == this) {
            return this;
        }
        if (isClean()) {
            return other;
        }
        if (includes(sources, other.sources) && includes(parameters, other.parameters)
                && includes(fields.reads, other.fields.reads)) {
            return this;
        }
        return new Taint(merged(sources, other.sources), merged(parameters, other.parameters), merged(fields, other.fields));
    }

    private static FieldReads merged(FieldReads mine, FieldReads theirs) {
        Set<FieldRead> all = merged(mine.reads, theirs.reads);
        return all == mine.reads ? mine : all == theirs.reads ? theirs : new FieldReads(all);
    }

    /** {@code mine.containsAll(theirs)}, without an iterator in the frequent cases (unions are the inner loop). */
    private static <T> boolean includes(Set<T> mine, Set<T> theirs) {
        return theirs.isEmpty() || mine == theirs || mine.size() >= theirs.size() && mine.containsAll(theirs);
    }

    private static <T> Set<T> merged(Set<T> mine, Set<T> theirs) {
        if (includes(mine, theirs)) {
            return mine;
        }
        if (includes(theirs, mine)) {
            return theirs;
        }
        return compactUnion(mine, theirs);
    }

    /**
     * The union as an immutable set without an entry object per element: summaries keep hundreds
     * of thousands of these sets alive (a {@code HashSet} of 15 takes about 700 bytes, this one 150).
     */
    @SuppressWarnings("unchecked")
    private static <T> Set<T> compactUnion(Set<T> mine, Set<T> theirs) {
        Object[] all = new Object[mine.size() + theirs.size()];
        int size = 0;
        for (T element : mine) {
            all[size++] = element;
        }
        for (T element : theirs) {
            if (!mine.contains(element)) {
                all[size++] = element;
            }
        }
        return (Set<T>) Set.of(size == all.length ? all : java.util.Arrays.copyOf(all, size));
    }

    /** Without the sources inferred from names: what {@code log-leak} and {@code exception-leak} report. */
    public Taint declared() {
        return sources.stream().anyMatch(Source::isInferred)
                ? of(sources.stream().filter(s -> !s.isInferred()).toList()) : withoutParameters();
    }

    /** Only the sources inferred from names. */
    public Taint inferred() {
        return of(sources.stream().filter(Source::isInferred).toList());
    }

    /** Without the parameter references: what does not come from the callers. */
    public Taint withoutParameters() {
        return parameters.isEmpty() ? this : sources.isEmpty() && fields.reads.isEmpty() ? CLEAN
                : new Taint(sources, Set.of(), fields);
    }

    /**
     * Replaces the field references by what the fields hold ({@code fieldValue}: their summaries,
     * concrete). {@code generation} counts the growths of all fields' summaries so far, read
     * before {@code fieldValue} is asked: while it is the same, the fields' sources are reused.
     */
    public Taint withFields(Function<Node, Taint> fieldValue, long generation) {
        if (fields.reads.isEmpty()) {
            return this;
        }
        Resolved resolved = fields.resolved;
        if (resolved == null || resolved.generation() != generation) {
            Set<Source> held = new HashSet<>();
            for (FieldRead read : fields.reads) {
                for (Source source : fieldValue.apply(read.field()).sources) {
                    if (!read.declaredOnly() || !source.isInferred()) {
                        held.add(source);
                    }
                }
            }
            resolved = new Resolved(generation, Set.copyOf(held));
            fields.resolved = resolved;
        }
        Set<Source> all = merged(sources, resolved.sources());
        return all.isEmpty() && parameters.isEmpty() ? CLEAN : new Taint(all, parameters, NO_FIELDS);
    }

    /** Replaces parameter references by what the arguments carry (a summary applied at a call). */
    public Taint substitute(List<Taint> arguments) {
        if (parameters.isEmpty()) {
            return this;
        }
        Taint result = withoutParameters();
        for (int index : parameters) {
            if (index < arguments.size() && arguments.get(index) != null) {
                result = result.union(arguments.get(index));
            }
        }
        return result;
    }

    /** {@code Customer.email (CONTACT), Customer.name (IDENTITY)}, sorted. */
    public String describe() {
        return sources.stream().map(Source::describe).sorted().distinct().collect(Collectors.joining(", "));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Taint t && t.sources.equals(sources) && t.parameters.equals(parameters)
                && t.fields.reads.equals(fields.reads);
    }

    @Override
    public int hashCode() {
        return (sources.hashCode() * 31 + parameters.hashCode()) * 31 + fields.reads.hashCode();
    }

    @Override
    public String toString() {
        return "Taint" + sources().stream().map(Source::name).toList() + parameters();
    }
}
