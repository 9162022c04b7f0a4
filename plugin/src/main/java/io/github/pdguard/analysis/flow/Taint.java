package io.github.pdguard.analysis.flow;

import java.util.Collection;
import java.util.HashSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The personal data a value carries: concrete sources, and (inside a method summary) the
 * parameters of the method whose data flows into it. Immutable; {@link #CLEAN} carries nothing.
 * The sets are hashed for the analysis (unions and subset checks are its inner loop); whoever
 * lists the sources gets them sorted, so that what a finding says does not depend on the order
 * the analysis met them in (nor on the per-JVM iteration order of {@code Set.copyOf}).
 */
public final class Taint {
    public static final Taint CLEAN = new Taint(Set.of(), Set.of());
    private static final Comparator<Source> ORDER = Comparator.comparing(Source::name).thenComparing(Source::kind);

    private final Set<Source> sources;
    private final Set<Integer> parameters;

    private Taint(Set<Source> sources, Set<Integer> parameters) {
        this.sources = sources;
        this.parameters = parameters;
    }

    public static Taint of(Source source) {
        return new Taint(Set.of(source), Set.of());
    }

    public static Taint of(Collection<Source> sources) {
        return sources.isEmpty() ? CLEAN : new Taint(Set.copyOf(sources), Set.of());
    }

    public static Taint parameter(int index) {
        return new Taint(Set.of(), Set.of(index));
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

    public boolean contains(Source source) {
        return sources.contains(source);
    }

    public boolean isClean() {
        return sources.isEmpty() && parameters.isEmpty();
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
        if (sources.containsAll(other.sources) && parameters.containsAll(other.parameters)) {
            return this;
        }
        Set<Source> s = new HashSet<>(sources);
        s.addAll(other.sources);
        Set<Integer> p = parameters;
        if (!parameters.containsAll(other.parameters)) {
            p = new HashSet<>(parameters);
            p.addAll(other.parameters);
            p = Set.copyOf(p);
        }
        return new Taint(Set.copyOf(s), p);
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

    /** Only the sources a purpose check looks at: reads of declared data. */
    public Taint withoutParameters() {
        return parameters.isEmpty() ? this : sources.isEmpty() ? CLEAN : new Taint(sources, Set.of());
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
        return other instanceof Taint t && t.sources.equals(sources) && t.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return sources.hashCode() * 31 + parameters.hashCode();
    }

    @Override
    public String toString() {
        return "Taint" + sources().stream().map(Source::name).toList() + parameters();
    }
}
