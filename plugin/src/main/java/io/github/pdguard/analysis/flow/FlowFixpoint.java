package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Node;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.TypeInfo;

import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the evaluations of bodies share while the value analysis runs on several threads: the
 * summaries (what each method returns, what its callers pass, what each field holds), the effects
 * to apply again when those grow, who read what, and the queue of bodies still to evaluate.
 *
 * <p>A summary grows under this object's monitor, in one step with the re-queueing of its readers
 * and of the effects that refer to it. Reading a summary, registering as its reader and recording
 * an effect take no monitor (concurrent maps and queues): each registers first and reads after,
 * so that a growth it does not see re-queues it. A body is evaluated by one thread at a time; the
 * fixpoint does not depend on the order.
 */
final class FlowFixpoint {
    /** One analysed body: a type's initialisers (key: the type), a method or constructor, a compact constructor. */
    record Unit(Node key, TypeInfo type) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Unit u && u.key == key;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(key);
        }
    }

    /** A node as the key of a concurrent map: JavaParser's own equality compares (and hashes) whole subtrees. */
    record Id(Node node) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Id id && id.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }

    /**
     * An argument a body passes on, or a value it assigns to a field, that refers to the body's
     * parameters or to fields: applied when recorded and again whenever what it refers to grows.
     * Belongs to one evaluation of the body; once the body is evaluated again, it is stale.
     */
    static final class Effect {
        final Unit unit;
        final FlowFacts.BodyFacts evaluation;
        final Node target;
        /** The parameter it passes to, or -1 for a field write. */
        final int index;
        final Taint taint;
        /**
         * In {@link #toApplyAgain}: set under the monitor by whoever queues it, cleared by whoever
         * takes it out before reading what it refers to, so that a growth after that queues it again.
         */
        volatile boolean queued;

        Effect(Unit unit, FlowFacts.BodyFacts evaluation, Node target, int index, Taint taint) {
            this.unit = unit;
            this.evaluation = evaluation;
            this.target = target;
            this.index = index;
            this.taint = taint;
        }
    }

    /**
     * The effects that refer to one field. A body evaluated again leaves its earlier effects here,
     * stale: they are purged whenever as many effects were added since the last purge as it kept
     * (so each add costs a constant on average), and when the field grows.
     */
    static final class FieldEffects {
        private static final int MIN_PURGE = 16;
        private final Queue<Effect> effects = new ConcurrentLinkedQueue<>();
        private final AtomicInteger addedSincePurge = new AtomicInteger();
        private volatile int keptByPurge;

        void add(Effect effect) {
            effects.add(effect);
            if (addedSincePurge.incrementAndGet() > Math.max(MIN_PURGE, keptByPurge)) {
                purge();
            }
        }

        void purge() {
            addedSincePurge.set(0);
            int[] kept = {0};
            effects.removeIf(effect -> {
                if (effect.evaluation.stale) {
                    return true;
                }
                kept[0]++;
                return false;
            });
            keptByPurge = kept[0];
        }

        Queue<Effect> effects() {
            return effects;
        }
    }

    // ---- changed under the monitor (or, marked so, added to without it), read with or without it ----

    final Map<Id, Taint> returns = new ConcurrentHashMap<>();
    /** What callers pass to each parameter; each list is replaced, never changed. */
    final Map<Id, List<Taint>> parametersIn = new ConcurrentHashMap<>();
    final Map<Id, Taint> fieldTaint = new ConcurrentHashMap<>();
    /** Each body's facts of its latest evaluation (put by the thread evaluating it); an effect of an earlier one is stale. */
    final Map<Unit, FlowFacts.BodyFacts> bodyFacts = new ConcurrentHashMap<>();
    /** Who read a method's return, by the method; added to without the monitor. */
    final Map<Id, Set<Unit>> returnReaders = new ConcurrentHashMap<>();
    /** Bodies that read what a type's toString() exposes, by the type's node; added to without the monitor. */
    final Map<Id, Set<Unit>> exposureReaders = new ConcurrentHashMap<>();
    /** The latest evaluation's effects that refer to its parameters, by body; added to without the monitor. */
    final Map<Id, Queue<Effect>> effectsOnParameters = new ConcurrentHashMap<>();
    /** Effects that refer to a field, by the field; added to without the monitor. */
    final Map<Id, FieldEffects> effectsOnField = new ConcurrentHashMap<>();
    /** The declared fields each type's toString() shows, complete ones only. */
    final Map<TypeInfo, List<DataDeclaration>> exposureCache = new ConcurrentHashMap<>();
    /** Effects whose parameters or fields grew since they were last applied; queued under the monitor. */
    final Queue<Effect> toApplyAgain = new ConcurrentLinkedQueue<>();
    /** Bodies evaluated at least once (or being evaluated now). */
    final Set<Unit> evaluatedOnce = ConcurrentHashMap.newKeySet();
    /**
     * How often a field's summary grew: after the summary is put, under the monitor. What fields
     * held when it had a value is still what they hold while it has it ({@link Taint#withFields}).
     */
    volatile long fieldGrowths;
    /** False once the evaluation budget ran out: then a last pass records facts and nothing is re-queued. */
    volatile boolean settled = true;

    // ---- guarded by the monitor ---------------------------------------------------------------------

    /** The toString() methods whose return refers to a field, with their types, by the field. */
    final Map<Node, Map<Node, TypeInfo>> toStringsReading = new IdentityHashMap<>();
    /** What each toString() showed when its readers were last re-queued. */
    final Map<Node, Set<Source>> shownByToString = new IdentityHashMap<>();
    /** Types whose exposure is being computed (a toString() may show an object of its own type). */
    final Set<TypeInfo> exposureComputing = new HashSet<>();
    long evaluations;

    private final Map<Node, Unit> unitsByKey = new IdentityHashMap<>();
    private final LinkedHashSet<Unit> queue = new LinkedHashSet<>();
    private final Set<Unit> inProgress = new HashSet<>();
    private final long budget;
    /** Threads evaluating a body now: while one is, the queue may still grow. */
    private int busy;
    private Throwable failure;

    FlowFixpoint(List<Unit> units, long budget) {
        units.forEach(u -> unitsByKey.put(u.key(), u));
        queue.addAll(units);
        this.budget = budget;
    }

    /** The body of a declaration (read-only once built). */
    Unit unit(Node key) {
        return unitsByKey.get(key);
    }

    synchronized boolean queueIsEmpty() {
        return queue.isEmpty();
    }

    /** Queues bodies again (their inputs grew) and wakes a thread waiting for work. */
    synchronized void requeue(Collection<Unit> units) {
        if (!units.isEmpty()) {
            queue.addAll(units);
            notifyAll();
        }
    }

    /**
     * The next body no other thread evaluates, claimed for the caller; waits while all queued
     * bodies are being evaluated. Null when nothing is left (or the budget ran out): the queue is
     * empty and no thread could add to it.
     */
    synchronized Unit claimNext() throws InterruptedException {
        while (true) {
            if (failure != null) {
                return null;
            }
            if (evaluations < budget) {
                for (Iterator<Unit> it = queue.iterator(); it.hasNext(); ) {
                    Unit next = it.next();
                    if (!inProgress.contains(next)) {
                        it.remove();
                        claim(next);
                        busy++;
                        return next;
                    }
                }
            }
            if (busy == 0) {
                notifyAll();
                return null;
            }
            wait();
        }
    }

    /** Claims a queued body not evaluated yet, to evaluate it before a caller reads its summary. */
    boolean claimFirst(Unit callee) {
        return !evaluatedOnce.contains(callee) && claimFirstSynchronized(callee);
    }

    private synchronized boolean claimFirstSynchronized(Unit callee) {
        if (!settled || evaluations >= budget || evaluatedOnce.contains(callee) || inProgress.contains(callee)
                || !queue.remove(callee)) {
            return false;
        }
        claim(callee);
        return true;
    }

    private void claim(Unit unit) {
        inProgress.add(unit);
        evaluatedOnce.add(unit);
        evaluations++;
    }

    /** Ends an evaluation claimed by {@link #claimFirst}. */
    synchronized void release(Unit unit) {
        inProgress.remove(unit);
        notifyAll();
    }

    /** Ends an evaluation claimed by {@link #claimNext}, its effects applied. */
    synchronized void done(Unit unit) {
        busy--;
        release(unit);
    }

    /** A thread failed outside any one body (out of memory, say): the others stop at their next claim. */
    synchronized void fail(Throwable e) {
        if (failure == null) {
            failure = e;
        }
        notifyAll();
    }

    synchronized Throwable failure() {
        return failure;
    }
}
