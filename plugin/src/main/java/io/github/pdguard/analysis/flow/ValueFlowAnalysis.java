package io.github.pdguard.analysis.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.pdguard.analysis.flow.FlowFixpoint.Effect;
import io.github.pdguard.analysis.flow.FlowFixpoint.Id;
import io.github.pdguard.analysis.flow.FlowFixpoint.Unit;
import io.github.pdguard.analysis.model.DataDeclaration;
import io.github.pdguard.analysis.model.PdguardAnnotations;
import io.github.pdguard.analysis.model.TypeInfo;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Follows personal data through the analysed code (SPEC 3.1, 3.6 Values). Every method body is
 * evaluated against summaries of the others: what its callees return (in terms of their
 * parameters and the fields they read), what its callers pass in, what every field is ever
 * assigned and what every toString() shows. Parameters and fields stay references inside a body:
 * what it passes on and assigns from them is recorded and applied again when they grow, and its
 * facts are made concrete at the end. A body is evaluated again only when a callee's return or a
 * toString() it read grew (the sets only grow, so this terminates, also on recursion). The facts
 * are what the rules report: sinks reached, Throwables built, uses of declared data and the
 * calls between methods.
 */
public final class ValueFlowAnalysis {
    private static final int MAX_ROUNDS = 40;
    private static final int MAX_LOOP_NESTING = 4;
    /** How many callees deep a body's evaluation may stop to evaluate a callee first. */
    private static final int MAX_DEMAND_DEPTH = 48;

    /** This thread's: its caches are not shared. */
    private final CodeModel model;
    private final FlowOptions options;
    /** What all threads' evaluations share. */
    private final FlowFixpoint fixpoint;
    /** How messages name a method of the analysed code, by its declaration. */
    private final Map<CallableDeclaration<?>, String> signatures = new IdentityHashMap<>();
    /** The facts of the body being evaluated. */
    private FlowFacts.BodyFacts recorded = new FlowFacts.BodyFacts();
    private Node body;
    private TypeInfo bodyType;
    private SourceFile bodyFile;
    private boolean bodyIsTransparentGetter;
    private Deque<Taint[]> returnCollectors = new ArrayDeque<>();
    private Deque<Taint[]> yieldCollectors = new ArrayDeque<>();
    private int loopNesting;
    private int demandDepth;
    private Unit unit;

    private ValueFlowAnalysis(CodeModel model, FlowOptions options, FlowFixpoint fixpoint) {
        this.model = model;
        this.options = options;
        this.fixpoint = fixpoint;
    }

    /** The analysis on one thread. */
    public static FlowFacts run(io.github.pdguard.analysis.model.DeclarationIndex declarations, FlowOptions options,
                                io.github.pdguard.analysis.classpath.ClasspathDeclarations classpath) {
        return run(declarations, options, classpath, 1);
    }

    /** The analysis with its bodies evaluated on {@code threads} threads; the facts do not depend on their number. */
    public static FlowFacts run(io.github.pdguard.analysis.model.DeclarationIndex declarations, FlowOptions options,
                                io.github.pdguard.analysis.classpath.ClasspathDeclarations classpath, int threads) {
        CodeModel model = new CodeModel(declarations, new ExternalDeclarations(classpath), options.inferPersonalData());
        List<Unit> units = new ArrayList<>();
        for (TypeInfo type : model.index().types()) {
            units.add(new Unit(type.node(), type));
            for (BodyDeclaration<?> member : type.node().getMembers()) {
                if (member instanceof CallableDeclaration<?> || member instanceof CompactConstructorDeclaration) {
                    units.add(new Unit(member, type));
                }
            }
        }
        FlowFixpoint fixpoint = new FlowFixpoint(units, (long) units.size() * MAX_ROUNDS);
        ValueFlowAnalysis analysis = new ValueFlowAnalysis(model, options, fixpoint);
        analysis.solve(units, threads, () -> model.forAnotherThread(new ExternalDeclarations(classpath)));
        return analysis.collectFacts(units);
    }

    /**
     * A worklist fixpoint: every body is analysed once, and again only when something it read
     * (a callee's return summary, what a toString() shows) grew.
     * Each evaluation records the body's facts, replacing those of its previous evaluation; a
     * body is evaluated again whenever something it read changed, so when the queue is empty the
     * recorded facts are those the final summaries give. Only when the evaluation budget runs out
     * (the summaries did not settle) does one more pass over every body record them.
     */
    private void solve(List<Unit> units, int threads, java.util.function.Supplier<CodeModel> models) {
        List<Thread> helpers = new ArrayList<>();
        if (threads > 1 && units.size() > 1) {
            primePrinters(units);
            for (int i = 1; i < threads; i++) {
                ValueFlowAnalysis helper = new ValueFlowAnalysis(models.get(), options, fixpoint);
                Thread thread = io.github.pdguard.analysis.DeepStack.newThread(helper::work, "pdguard-flow-" + i);
                helpers.add(thread);
                thread.start();
            }
        }
        work();
        for (Thread helper : helpers) {
            try {
                helper.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fixpoint.fail(e);
            }
        }
        Throwable failure = fixpoint.failure();
        if (failure instanceof RuntimeException e) {
            throw e;
        } else if (failure instanceof Error e) {
            throw e;
        } else if (failure != null) {
            throw new IllegalStateException("the value analysis was interrupted", failure);
        }
        if (!fixpoint.queueIsEmpty()) {
            synchronized (fixpoint) {
                fixpoint.settled = false;
                fixpoint.exposureCache.clear();
            }
            units.forEach(this::analyseUnitSafely);
            applyAgain();
        }
    }

    /** Evaluates queued bodies until none is left; several threads do this at once. */
    private void work() {
        try {
            Unit next;
            while ((next = fixpoint.claimNext()) != null) {
                try {
                    analyseUnitSafely(next);
                    applyAgain();
                } finally {
                    fixpoint.done(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fixpoint.fail(e);
        } catch (RuntimeException | Error e) {
            fixpoint.fail(e);
        }
    }

    /**
     * JavaParser makes a file's printer on the first {@code toString()} of one of its nodes and
     * keeps it in the file's tree: made here, before several threads read the trees, no thread writes.
     */
    private static void primePrinters(List<Unit> units) {
        for (Unit u : units) {
            if (u.key() == u.type().node()) {
                u.type().node().getName().toString();
            }
        }
    }

    private FlowFacts collectFacts(List<Unit> units) {
        FlowFacts facts = new FlowFacts();
        for (Unit u : units) {
            FlowFacts.BodyFacts found = fixpoint.bodyFacts.get(u);
            if (found != null) {
                facts.add(found, taint -> concrete(u.key(), taint));
            }
        }
        for (TypeInfo type : model.index().types()) {
            // tostring-leak belongs to the type whose toString() it is, not to every subclass inheriting it.
            facts.exposures.put(type, ToStringExposure.definesToString(type) ? exposure(type) : List.of());
        }
        facts.rounds = units.isEmpty() ? 0 : (int) ((fixpoint.evaluations + units.size() - 1) / units.size());
        if (System.getProperty("pdguard.debugRounds") != null) {
            System.err.println("pdguard flow: " + units.size() + " bodies, " + fixpoint.evaluations + " evaluations");
        }
        return facts;
    }

    // ---- dependencies between bodies -----------------------------------------------------------

    /** Registers the current body as a reader: call it before reading what {@code key} names. */
    private void reads(Map<Id, java.util.Set<Unit>> readers, Node key) {
        if (unit != null && fixpoint.settled) {
            readers.computeIfAbsent(new Id(key), k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).add(unit);
        }
    }

    /** Under the fixpoint's monitor. */
    private void grew(Map<Id, java.util.Set<Unit>> readers, Node key) {
        fixpoint.requeue(readers.getOrDefault(new Id(key), java.util.Set.of()));
    }

    private Taint returnOf(Node callable) {
        evaluateFirst(callable);
        // Registered before it is read: a growth after the read re-queues this body.
        reads(fixpoint.returnReaders, callable);
        return fixpoint.returns.getOrDefault(new Id(callable), Taint.CLEAN);
    }

    // ---- bodies ------------------------------------------------------------------------------

    /**
     * Evaluates a callee not evaluated yet before its caller reads its summary, so that the caller
     * does not read an empty summary now and need evaluating again once the callee's is known.
     * Only an order: a summary that still grows re-queues its readers as always.
     */
    private void evaluateFirst(Node callable) {
        Unit callee = fixpoint.unit(callable);
        if (callee == null || demandDepth >= MAX_DEMAND_DEPTH || !fixpoint.claimFirst(callee)) {
            return;
        }
        BodyState caller = new BodyState(unit, recorded, body, bodyType, bodyFile, bodyIsTransparentGetter,
                returnCollectors, yieldCollectors, loopNesting, expectedElement, primitiveSlot);
        returnCollectors = new ArrayDeque<>();
        yieldCollectors = new ArrayDeque<>();
        expectedElement = null;
        primitiveSlot = null;
        demandDepth++;
        try {
            analyseUnitSafely(callee);
        } finally {
            demandDepth--;
            unit = caller.unit();
            recorded = caller.recorded();
            body = caller.body();
            bodyType = caller.bodyType();
            bodyFile = caller.bodyFile();
            bodyIsTransparentGetter = caller.bodyIsTransparentGetter();
            returnCollectors = caller.returnCollectors();
            yieldCollectors = caller.yieldCollectors();
            loopNesting = caller.loopNesting();
            expectedElement = caller.expectedElement();
            primitiveSlot = caller.primitiveSlot();
            fixpoint.release(callee);
        }
    }

    /** The state of a body's evaluation, kept while a callee is evaluated first. */
    private record BodyState(Unit unit, FlowFacts.BodyFacts recorded, Node body, TypeInfo bodyType,
                             SourceFile bodyFile, boolean bodyIsTransparentGetter, Deque<Taint[]> returnCollectors,
                             Deque<Taint[]> yieldCollectors, int loopNesting, Value expectedElement,
                             Expression primitiveSlot) {
    }

    /** A body that cannot be analysed is reported (once) and the others still are. */
    private void analyseUnitSafely(Unit next) {
        unit = next;
        recorded = new FlowFacts.BodyFacts();
        // The earlier evaluation's effects are stale from here on (only this thread evaluates this body now).
        FlowFacts.BodyFacts previous = fixpoint.bodyFacts.put(next, recorded);
        fixpoint.effectsOnParameters.remove(new Id(next.key()));
        if (previous != null) {
            previous.replaced();
        }
        TypeInfo type = next.type();
        try {
            if (next.key() == type.node()) {
                analyseInitialisers(type);
            } else if (next.key() instanceof CallableDeclaration<?> callable) {
                analyseCallable(callable, type);
            } else if (next.key() instanceof CompactConstructorDeclaration compact
                    && type.node() instanceof com.github.javaparser.ast.body.RecordDeclaration record) {
                analyseCompactConstructor(compact, record, type);
            }
        } catch (StackOverflowError e) {
            giveUp(type, "the code nests too deeply to be analysed; simplify it or exclude the file if it is generated");
        } catch (RuntimeException e) {
            giveUp(type, "internal error while analysing " + type.displayName() + " ("
                    + io.github.pdguard.analysis.AnalysisException.describe(e) + "); please report it at "
                    + io.github.pdguard.analysis.AnalysisException.REPORT_AT + " with this file if you can");
        } finally {
            unit = null;
        }
    }

    private void giveUp(TypeInfo type, String reason) {
        Node at = body != null && body.getBegin().isPresent() ? body : type.node();
        int line = at.getBegin().map(p -> p.line).orElse(1);
        int column = at.getBegin().map(p -> p.column).orElse(1);
        recorded.problem(new FlowFacts.Problem(type.file(), line, column, reason));
    }

    /** Field initialisers, initialiser blocks and enum constants form one body per type. */
    private void analyseInitialisers(TypeInfo type) {
        enterBody(type.node(), type);
        Env env = new Env();
        for (BodyDeclaration<?> member : type.node().getMembers()) {
            if (member instanceof FieldDeclaration field) {
                for (VariableDeclarator variable : field.getVariables()) {
                    variable.getInitializer().ifPresent(init -> assignField(variable,
                            evalInitializer(init, variable.getType(), env).taint));
                }
            } else if (member instanceof InitializerDeclaration initializer) {
                exec(initializer.getBody(), env.copy());
            }
        }
        if (type.node() instanceof com.github.javaparser.ast.body.EnumDeclaration enumeration) {
            for (var entry : enumeration.getEntries()) {
                entry.getArguments().forEach(a -> eval(a, env));
                // The class body of a constant belongs to the enum, like an anonymous class to its method.
                analyseLocalMembers(entry.getClassBody(), env);
            }
        }
    }

    private void enterBody(Node key, TypeInfo type) {
        body = key;
        bodyType = type;
        bodyFile = type.file();
        bodyIsTransparentGetter = false;
        loopNesting = 0;
        returnCollectors.clear();
        yieldCollectors.clear();
    }

    private void analyseCallable(CallableDeclaration<?> callable, TypeInfo type) {
        Optional<BlockStmt> block = callable instanceof MethodDeclaration m ? m.getBody()
                : Optional.of(((ConstructorDeclaration) callable).getBody());
        if (block.isEmpty()) {
            return;
        }
        enterBody(callable, type);
        bodyIsTransparentGetter = model.transparentGetterField(callable)
                .flatMap(model::declarationOf).isPresent();
        Env env = new Env();
        NodeList<Parameter> parameters = callable.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            JType declared = model.resolve(parameter.getType(), type);
            if (parameter.isVarArgs()) {
                declared = declared.arrayOf(1);
            }
            Optional<DataDeclaration> declaration = model.declarations().dataDeclarationOf(parameter);
            Taint taint = Taint.parameter(i).union(typeTaint(declared));
            if (declaration.isPresent()) {
                taint = taint.union(Taint.of(Source.read(declaration.get())));
            } else {
                Optional<Source> inferred = model.inferredVariable(parameter.getNameAsString(), parameter.getType(),
                        type.displayName() + "." + callable.getNameAsString() + "(" + parameter.getNameAsString() + ")");
                if (inferred.isPresent()) {
                    taint = taint.union(Taint.of(inferred.get()));
                }
            }
            env.put(parameter.getNameAsString(), new Local(declared, taint, declaration.orElse(null)));
        }
        Taint[] collector = {Taint.CLEAN};
        returnCollectors.push(collector);
        exec(block.get(), env);
        returnCollectors.pop();
        Taint known = fixpoint.returns.getOrDefault(new Id(callable), Taint.CLEAN);
        if (known.union(collector[0]) == known) {
            return; // nothing new: no need for the monitor
        }
        synchronized (fixpoint) {
            Taint before = fixpoint.returns.getOrDefault(new Id(callable), Taint.CLEAN);
            Taint after = before.union(collector[0]);
            if (!after.equals(before)) {
                fixpoint.returns.put(new Id(callable), after);
                grew(fixpoint.returnReaders, callable);
                if (callable.getNameAsString().equals("toString") && callable.getParameters().isEmpty()) {
                    for (Taint.FieldRead read : after.fields()) {
                        fixpoint.toStringsReading.computeIfAbsent(read.field(), k -> new IdentityHashMap<>())
                                .put(callable, type);
                    }
                    toStringMayShowMore(callable, type);
                }
            }
        }
    }

    /** What a toString() shows decides what every object of its type (and subclasses) carries. Under the monitor. */
    private void toStringMayShowMore(Node toString, TypeInfo type) {
        java.util.Set<Source> shown = ToStringExposure.shown(returnWithFields(toString));
        if (!shown.equals(fixpoint.shownByToString.getOrDefault(toString, java.util.Set.of()))) {
            fixpoint.shownByToString.put(toString, shown);
            fixpoint.exposureCache.clear();
            grew(fixpoint.exposureReaders, type.node());
        }
    }

    /** A return summary with the fields it reads replaced by what they hold so far. */
    private Taint returnWithFields(Node callable) {
        return fixpoint.returns.getOrDefault(new Id(callable), Taint.CLEAN).withFields(this::fieldValue,
                fixpoint.fieldGrowths);
    }

    private Taint fieldValue(Node field) {
        return fixpoint.fieldTaint.getOrDefault(new Id(field), Taint.CLEAN);
    }

    /**
     * A record's compact constructor: its parameters are the components (with their declarations),
     * and at its end each component is assigned what the parameter of its name holds.
     */
    private void analyseCompactConstructor(CompactConstructorDeclaration compact,
                                           com.github.javaparser.ast.body.RecordDeclaration record, TypeInfo type) {
        enterBody(compact, type);
        Env env = new Env();
        NodeList<Parameter> components = record.getParameters();
        for (int i = 0; i < components.size(); i++) {
            Parameter component = components.get(i);
            JType declared = model.resolve(component.getType(), type);
            Optional<DataDeclaration> declaration = model.declarations().dataDeclarationOf(component);
            Taint taint = Taint.parameter(i).union(typeTaint(declared));
            if (declaration.isPresent()) {
                taint = taint.union(Taint.of(Source.read(declaration.get())));
            }
            env.put(component.getNameAsString(), new Local(declared, taint, declaration.orElse(null)));
        }
        returnCollectors.push(new Taint[]{Taint.CLEAN});
        Env after = exec(compact.getBody(), env);
        returnCollectors.pop();
        if (after != null) {
            for (Parameter component : components) {
                Local local = after.get(component.getNameAsString());
                if (local != null) {
                    assignField(component, local.taint);
                }
            }
        }
    }

    /** {@code new R(...)} of a record without an explicit canonical constructor assigns the components. */
    private void constructRecord(TypeInfo type, List<Taint> arguments) {
        if (!(type.node() instanceof com.github.javaparser.ast.body.RecordDeclaration record)
                || record.getParameters().size() != arguments.size()
                || !model.constructors(type, arguments.size()).isEmpty()) {
            return;
        }
        Optional<CompactConstructorDeclaration> compact = record.getCompactConstructors().stream().findFirst();
        if (compact.isPresent()) {
            passArguments(compact.get(), arguments);
            return;
        }
        for (int i = 0; i < arguments.size(); i++) {
            assignField(record.getParameter(i), arguments.get(i));
        }
    }

    /** {@code Customer.register}, {@code Customer} (initialisers): how messages name the current body. */
    private String bodyName() {
        return body instanceof CallableDeclaration<?> callable
                ? bodyType.displayName() + "." + callable.getNameAsString() : bodyType.displayName();
    }

    /**
     * Replaces a body's parameter and field references by what its callers pass and the fields
     * hold so far. Nothing in a body's evaluation depends on these: what does (arguments it passes
     * on, fields it assigns) is recorded with the references and applied again when its callers
     * pass more or a field it read holds more, and its facts are made concrete once the summaries
     * settle.
     */
    private Taint concrete(Node callable, Taint taint) {
        Taint withParameters = taint.hasParameters()
                ? taint.substitute(fixpoint.parametersIn.getOrDefault(new Id(callable), List.of())).withoutParameters()
                : taint;
        return withParameters.withFields(this::fieldValue, fixpoint.fieldGrowths);
    }

    private void passArguments(Node callee, List<Taint> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            Taint argument = arguments.get(i);
            if (argument.isSymbolic()) {
                recordEffect(callee, i, argument);
            }
            // Read after the effect is recorded: a growth in between applies it again.
            passArgument(callee, i, concrete(body, argument), null);
        }
    }

    private void recordEffect(Node target, int index, Taint taint) {
        if (unit == null) {
            return;
        }
        Effect effect = new Effect(unit, recorded, target, index, taint);
        if (taint.hasParameters()) {
            fixpoint.effectsOnParameters.computeIfAbsent(new Id(body), k -> new ConcurrentLinkedQueue<>()).add(effect);
        }
        for (Taint.FieldRead read : taint.fields()) {
            fixpoint.effectsOnField.computeIfAbsent(new Id(read.field()), k -> new FlowFixpoint.FieldEffects()).add(effect);
        }
    }

    /** Under the monitor. */
    private void applyAgainLater(java.util.Collection<Effect> effects) {
        for (Effect effect : effects) {
            if (!effect.queued) {
                effect.queued = true;
                fixpoint.toApplyAgain.add(effect);
            }
        }
    }

    /** {@code applying}: the effect this applies again (skipped if stale by now), or null. */
    private void passArgument(Node callee, int index, Taint value, Effect applying) {
        List<Taint> known = fixpoint.parametersIn.getOrDefault(new Id(callee), List.of());
        if (index < known.size() ? known.get(index).union(value) == known.get(index) : value.isClean()) {
            return; // nothing new: no need for the monitor
        }
        synchronized (fixpoint) {
            if (applying != null && isStale(applying)) {
                return;
            }
            List<Taint> in = fixpoint.parametersIn.getOrDefault(new Id(callee), List.of());
            Taint before = index < in.size() ? in.get(index) : Taint.CLEAN;
            Taint merged = before.union(value);
            if (!merged.equals(before)) {
                // A new list: other threads read the old one without the monitor.
                List<Taint> grown = new ArrayList<>(in);
                while (grown.size() <= index) {
                    grown.add(Taint.CLEAN);
                }
                grown.set(index, merged);
                fixpoint.parametersIn.put(new Id(callee), grown);
                java.util.Queue<Effect> passingOn = fixpoint.effectsOnParameters.get(new Id(callee));
                if (passingOn != null) {
                    applyAgainLater(passingOn);
                }
            }
        }
    }

    private void assignField(Node field, Taint value) {
        if (value.isSymbolic()) {
            recordEffect(field, -1, value);
        }
        // Read after the effect is recorded: a growth in between applies it again.
        assignConcrete(field, concrete(body, value), null);
    }

    /** {@code applying}: the effect this applies again (skipped if stale by now), or null. */
    private void assignConcrete(Node field, Taint value, Effect applying) {
        Taint known = fixpoint.fieldTaint.getOrDefault(new Id(field), Taint.CLEAN);
        if (known.union(value) == known) {
            return; // nothing new: no need for the monitor
        }
        synchronized (fixpoint) {
            if (applying != null && isStale(applying)) {
                return;
            }
            Taint before = fixpoint.fieldTaint.getOrDefault(new Id(field), Taint.CLEAN);
            Taint after = before.union(value);
            if (!after.equals(before)) {
                fixpoint.fieldTaint.put(new Id(field), after);
                fixpoint.fieldGrowths++;
                FlowFixpoint.FieldEffects reading = fixpoint.effectsOnField.get(new Id(field));
                if (reading != null) {
                    reading.purge();
                    applyAgainLater(reading.effects());
                }
                fixpoint.toStringsReading.getOrDefault(field, Map.of()).forEach(this::toStringMayShowMore);
            }
        }
    }

    /**
     * Callers now pass more, or fields hold more: the passes and field writes that refer to them
     * are applied again, without evaluating their bodies again (an evaluation depends on neither).
     */
    private void applyAgain() {
        Effect effect;
        while ((effect = fixpoint.toApplyAgain.poll()) != null) {
            effect.queued = false;
            if (isStale(effect)) {
                continue;
            }
            Taint value = concrete(effect.unit.key(), effect.taint);
            if (effect.index < 0) {
                assignConcrete(effect.target, value, effect);
            } else {
                passArgument(effect.target, effect.index, value, effect);
            }
        }
    }

    private boolean isStale(Effect effect) {
        return fixpoint.bodyFacts.get(effect.unit) != effect.evaluation;
    }

    // ---- statements --------------------------------------------------------------------------

    /** Executes a statement; returns the environment after it, or {@code null} if it never completes normally. */
    private Env exec(Statement statement, Env env) {
        if (statement instanceof BlockStmt block) {
            // Locals declared in the block end with it: dropping them keeps the environment as small
            // as the scope, so deeply nested blocks cost time in proportion to their depth, not its square.
            if (block.getStatements().isEmpty()) {
                return env;
            }
            NameMap<Local> outer = env.snapshot();
            Env current = env;
            for (Statement s : block.getStatements()) {
                current = exec(s, current);
                if (current == null) {
                    return null;
                }
            }
            current.retainOnly(outer);
            return current;
        }
        if (statement instanceof ExpressionStmt expression) {
            eval(expression.getExpression(), env);
            return env;
        }
        if (statement instanceof IfStmt ifStmt) {
            eval(ifStmt.getCondition(), env);
            Env thenEnv = exec(ifStmt.getThenStmt(), env.copy());
            Env elseEnv = ifStmt.getElseStmt().isPresent() ? exec(ifStmt.getElseStmt().get(), env.copy()) : env;
            return Env.merge(thenEnv, elseEnv);
        }
        if (statement instanceof ReturnStmt returnStmt) {
            if (returnStmt.getExpression().isPresent()) {
                // Only a method's own return statements: a lambda's return type is not declared here.
                boolean primitiveResult = returnCollectors.size() == 1 && body instanceof MethodDeclaration method
                        && method.getType().isPrimitiveType();
                Value value = primitiveResult ? evalIntoPrimitive(returnStmt.getExpression().get(), env)
                        : eval(returnStmt.getExpression().get(), env);
                if (!returnCollectors.isEmpty()) {
                    Taint[] collector = returnCollectors.peek();
                    collector[0] = collector[0].union(value.taint);
                }
            }
            return null;
        }
        if (statement instanceof ThrowStmt throwStmt) {
            eval(throwStmt.getExpression(), env);
            return null;
        }
        if (statement instanceof ForEachStmt forEach) {
            Value iterable = eval(forEach.getIterable(), env);
            return loop(env, e -> {
                VariableDeclarator variable = forEach.getVariable().getVariable(0);
                JType declared = variable.getType().isVarType() ? iterable.type.elementType()
                        : model.resolve(variable.getType(), bodyType);
                e.put(variable.getNameAsString(), new Local(declared, iterable.taint.union(typeTaint(declared)), null));
                return exec(forEach.getBody(), e);
            });
        }
        if (statement instanceof ForStmt forStmt) {
            forStmt.getInitialization().forEach(init -> eval(init, env));
            return loop(env, e -> {
                forStmt.getCompare().ifPresent(c -> eval(c, e));
                Env after = exec(forStmt.getBody(), e);
                if (after != null) {
                    forStmt.getUpdate().forEach(u -> eval(u, after));
                }
                return after;
            });
        }
        if (statement instanceof WhileStmt whileStmt) {
            eval(whileStmt.getCondition(), env);
            return loop(env, e -> exec(whileStmt.getBody(), e));
        }
        if (statement instanceof DoStmt doStmt) {
            return loop(env, e -> {
                Env after = exec(doStmt.getBody(), e);
                if (after != null) {
                    eval(doStmt.getCondition(), after);
                }
                return after;
            });
        }
        if (statement instanceof TryStmt tryStmt) {
            tryStmt.getResources().forEach(r -> eval(r, env));
            Env afterTry = exec(tryStmt.getTryBlock(), env.copy());
            Env merged = afterTry;
            for (CatchClause clause : tryStmt.getCatchClauses()) {
                Env catchEnv = Env.merge(env.copy(), afterTry == null ? null : afterTry.copy());
                // A caught exception is not personal data: its creation was the exception-leak.
                catchEnv.put(clause.getParameter().getNameAsString(),
                        new Local(model.resolve(clause.getParameter().getType(), bodyType), Taint.CLEAN, null));
                merged = Env.merge(merged, exec(clause.getBody(), catchEnv));
            }
            if (tryStmt.getFinallyBlock().isPresent()) {
                Env finallyEnv = merged == null ? env.copy() : merged;
                Env afterFinally = exec(tryStmt.getFinallyBlock().get(), finallyEnv);
                return merged == null ? null : afterFinally;
            }
            return merged;
        }
        if (statement instanceof SwitchStmt switchStmt) {
            eval(switchStmt.getSelector(), env);
            Env merged = switchStmt.getEntries().stream().anyMatch(e -> e.getLabels().isEmpty()) ? null : env;
            Env fallingThrough = null;
            for (SwitchEntry entry : switchStmt.getEntries()) {
                // A classic case without break continues into the next one with what it assigned.
                Env entryEnv = Env.merge(env.copy(), fallingThrough == null ? null : fallingThrough.copy());
                for (Statement s : entry.getStatements()) {
                    entryEnv = exec(s, entryEnv);
                    if (entryEnv == null) {
                        break;
                    }
                }
                merged = Env.merge(merged, entryEnv);
                boolean ends = entry.getType() != SwitchEntry.Type.STATEMENT_GROUP || entry.getStatements().isEmpty()
                        ? entry.getType() != SwitchEntry.Type.STATEMENT_GROUP
                        : entry.getStatements().getLast().map(last -> last instanceof BreakStmt
                        || last instanceof ContinueStmt || last instanceof ReturnStmt || last instanceof ThrowStmt
                        || last instanceof YieldStmt).orElse(false);
                fallingThrough = ends ? null : entryEnv;
            }
            return merged == null ? env : merged;
        }
        if (statement instanceof SynchronizedStmt sync) {
            eval(sync.getExpression(), env);
            return exec(sync.getBody(), env);
        }
        if (statement instanceof LabeledStmt labeled) {
            return exec(labeled.getStatement(), env);
        }
        if (statement instanceof ExplicitConstructorInvocationStmt invocation) {
            List<Taint> arguments = invocation.getArguments().stream().map(a -> eval(a, env).taint).toList();
            TypeInfo target = invocation.isThis() ? bodyType : superclass(bodyType);
            if (target != null) {
                for (CallableDeclaration<?> constructor : model.constructors(target, arguments.size())) {
                    passArguments(constructor, arguments);
                    recordCall(constructor, invocation);
                }
            }
            return env;
        }
        if (statement instanceof YieldStmt yield) {
            Value value = eval(yield.getExpression(), env);
            if (!yieldCollectors.isEmpty()) {
                Taint[] collector = yieldCollectors.peek();
                collector[0] = collector[0].union(value.taint);
            }
            return null;
        }
        if (statement instanceof LocalClassDeclarationStmt local) {
            analyseLocalMembers(local.getClassDeclaration().getMembers(), env);
            return env;
        }
        if (statement instanceof LocalRecordDeclarationStmt local) {
            analyseLocalMembers(local.getRecordDeclaration().getMembers(), env);
            return env;
        }
        if (statement instanceof AssertStmt assertStmt) {
            eval(assertStmt.getCheck(), env);
            return env;
        }
        // break, continue, empty statements: control continues with what is known.
        return env;
    }

    private interface LoopBody {
        Env run(Env env);
    }

    /**
     * Runs a loop body twice so values carried from one iteration to the next are seen; the body may
     * not run at all. The second run is needed only when the first changed a variable that was
     * there before the loop: otherwise it would start from the same state and find the same (and
     * nested loops would double the work at every level).
     */
    private Env loop(Env env, LoopBody loopBody) {
        loopNesting++;
        try {
            Env first = loopBody.run(env.copy());
            Env merged = Env.merge(env, first);
            if (loopNesting <= MAX_LOOP_NESTING && merged.changedAny(env)) {
                merged = Env.merge(merged, loopBody.run(merged.copy()));
            }
            return merged;
        } finally {
            loopNesting--;
        }
    }

    /** Methods of anonymous and local classes belong to the enclosing method (SPEC 2). */
    private void analyseLocalMembers(List<BodyDeclaration<?>> members, Env env) {
        for (BodyDeclaration<?> member : members) {
            if (member instanceof CallableDeclaration<?> callable) {
                Optional<BlockStmt> block = callable instanceof MethodDeclaration m ? m.getBody()
                        : Optional.of(((ConstructorDeclaration) callable).getBody());
                if (block.isEmpty()) {
                    continue;
                }
                Env inner = env.copy();
                for (Parameter parameter : callable.getParameters()) {
                    inner.put(parameter.getNameAsString(),
                            new Local(model.resolve(parameter.getType(), bodyType), Taint.CLEAN, null));
                }
                returnCollectors.push(new Taint[]{Taint.CLEAN});
                exec(block.get(), inner);
                returnCollectors.pop();
            } else if (member instanceof FieldDeclaration field) {
                field.getVariables().forEach(v -> v.getInitializer().ifPresent(init -> eval(init, env)));
            }
        }
    }

    private TypeInfo superclass(TypeInfo type) {
        if (type.node() instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                && !c.getExtendedTypes().isEmpty()) {
            return model.resolve(c.getExtendedTypes(0), type).analysed();
        }
        return null;
    }

    // ---- expressions -------------------------------------------------------------------------

    /** A value: its static type as far as known, and the personal data it carries. */
    record Value(JType type, Taint taint) {
        static final Value CLEAN_UNKNOWN = new Value(JType.UNKNOWN, Taint.CLEAN);
    }

    private Value eval(Expression expression, Env env) {
        if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
            return new Value(JType.STRING, Taint.CLEAN);
        }
        if (expression instanceof IntegerLiteralExpr) {
            return new Value(JType.INT, Taint.CLEAN);
        }
        if (expression instanceof LongLiteralExpr) {
            return new Value(JType.LONG, Taint.CLEAN);
        }
        if (expression instanceof DoubleLiteralExpr) {
            return new Value(JType.DOUBLE, Taint.CLEAN);
        }
        if (expression instanceof BooleanLiteralExpr) {
            return new Value(JType.BOOLEAN, Taint.CLEAN);
        }
        if (expression instanceof CharLiteralExpr) {
            return new Value(JType.CHAR, Taint.CLEAN);
        }
        if (expression instanceof NullLiteralExpr || expression instanceof ClassExpr) {
            return Value.CLEAN_UNKNOWN;
        }
        if (expression instanceof NameExpr name) {
            return evalName(name, env);
        }
        if (expression instanceof FieldAccessExpr access) {
            return evalFieldAccess(access, env);
        }
        if (expression instanceof MethodCallExpr call) {
            return evalCall(call, env);
        }
        if (expression instanceof ObjectCreationExpr creation) {
            return evalNew(creation, env);
        }
        if (expression instanceof BinaryExpr binary) {
            return evalBinary(binary, env);
        }
        if (expression instanceof UnaryExpr unary) {
            Value operand = eval(unary.getExpression(), env);
            if (unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                return new Value(JType.BOOLEAN, Taint.CLEAN);
            }
            return operand;
        }
        if (expression instanceof EnclosedExpr enclosed) {
            return eval(enclosed.getInner(), env);
        }
        if (expression instanceof CastExpr cast) {
            Value inner = eval(cast.getExpression(), env);
            JType target = model.resolve(cast.getType(), bodyType);
            return new Value(target.isKnown() ? target : inner.type, inner.taint.union(typeTaint(target)));
        }
        if (expression instanceof ConditionalExpr conditional) {
            eval(conditional.getCondition(), env);
            Value then = eval(conditional.getThenExpr(), env);
            Value otherwise = eval(conditional.getElseExpr(), env);
            return new Value(then.type.isKnown() ? then.type : otherwise.type, then.taint.union(otherwise.taint));
        }
        if (expression instanceof AssignExpr assign) {
            return evalAssign(assign, env);
        }
        if (expression instanceof VariableDeclarationExpr declaration) {
            for (VariableDeclarator variable : declaration.getVariables()) {
                Value init = variable.getInitializer().map(i -> evalInitializer(i, variable.getType(), env))
                        .orElse(Value.CLEAN_UNKNOWN);
                JType declared = variable.getType().isVarType() ? init.type : model.resolve(variable.getType(), bodyType);
                Taint taint = init.taint;
                Optional<Source> inferred = model.inferredVariable(variable.getNameAsString(), variable.getType(),
                        "local " + variable.getNameAsString() + " in " + bodyName());
                if (inferred.isPresent()) {
                    taint = taint.union(Taint.of(inferred.get()));
                }
                env.put(variable.getNameAsString(), new Local(declared, taint, null));
            }
            return Value.CLEAN_UNKNOWN;
        }
        if (expression instanceof ArrayAccessExpr access) {
            Value array = eval(access.getName(), env);
            eval(access.getIndex(), env);
            return new Value(array.type.elementType(), array.taint);
        }
        if (expression instanceof ArrayCreationExpr creation) {
            creation.getLevels().forEach(l -> l.getDimension().ifPresent(d -> eval(d, env)));
            Taint taint = creation.getInitializer().map(i -> eval(i, env).taint).orElse(Taint.CLEAN);
            return new Value(model.resolve(creation.getElementType(), bodyType).arrayOf(creation.getLevels().size()), taint);
        }
        if (expression instanceof ArrayInitializerExpr initializer) {
            Taint taint = Taint.CLEAN;
            for (Expression value : initializer.getValues()) {
                taint = taint.union(eval(value, env).taint);
            }
            return new Value(JType.UNKNOWN, taint);
        }
        if (expression instanceof InstanceOfExpr instanceOf) {
            Value value = eval(instanceOf.getExpression(), env);
            instanceOf.getPattern().ifPresent(pattern -> bindPattern(pattern, value, env));
            return new Value(JType.BOOLEAN, Taint.CLEAN);
        }
        if (expression instanceof LambdaExpr lambda) {
            return evalLambda(lambda, JType.UNKNOWN, Taint.CLEAN, env);
        }
        if (expression instanceof MethodReferenceExpr reference) {
            return evalMethodReference(reference, JType.UNKNOWN, Taint.CLEAN, env);
        }
        if (expression instanceof ThisExpr) {
            JType self = JType.of(bodyType);
            return new Value(self, typeTaint(self));
        }
        if (expression instanceof SuperExpr) {
            return new Value(JType.of(bodyType), Taint.CLEAN);
        }
        if (expression instanceof SwitchExpr switchExpr) {
            return evalSwitch(switchExpr, env);
        }
        return Value.CLEAN_UNKNOWN;
    }

    /** An initialiser; a lambda in it takes its parameter types from the declared functional type. */
    private Value evalInitializer(Expression initializer, Type declaredType, Env env) {
        if (initializer instanceof LambdaExpr lambda && !declaredType.isVarType()) {
            return evalLambda(lambda, model.resolve(declaredType, bodyType).args(), Taint.CLEAN, env);
        }
        return declaredType.isPrimitiveType() ? evalIntoPrimitive(initializer, env) : eval(initializer, env);
    }

    /**
     * The expression whose value goes straight into a boolean, number or char variable or return
     * value: a library call there is known to return one, whatever its (unknown) declaration.
     */
    private Expression primitiveSlot;

    private Value evalIntoPrimitive(Expression expression, Env env) {
        Expression outer = primitiveSlot;
        Expression inner = expression;
        while (inner instanceof EnclosedExpr enclosed) {
            inner = enclosed.getInner();
        }
        primitiveSlot = inner;
        try {
            return eval(expression, env);
        } finally {
            primitiveSlot = outer;
        }
    }

    private void bindPattern(Expression pattern, Value value, Env env) {
        if (pattern instanceof TypePatternExpr typePattern) {
            JType type = model.resolve(typePattern.getType(), bodyType);
            env.put(typePattern.getNameAsString(), new Local(type, value.taint.union(typeTaint(type)), null));
        } else if (pattern instanceof RecordPatternExpr recordPattern) {
            recordPattern.getPatternList().forEach(p -> bindPattern(p, value, env));
        }
    }

    private Value evalSwitch(SwitchExpr switchExpr, Env env) {
        eval(switchExpr.getSelector(), env);
        Taint[] collector = {Taint.CLEAN};
        yieldCollectors.push(collector);
        JType type = JType.UNKNOWN;
        for (SwitchEntry entry : switchExpr.getEntries()) {
            Env entryEnv = env.copy();
            if (entry.getType() == SwitchEntry.Type.EXPRESSION && entry.getStatements().size() == 1
                    && entry.getStatement(0) instanceof ExpressionStmt expressionStmt) {
                Value value = eval(expressionStmt.getExpression(), entryEnv);
                collector[0] = collector[0].union(value.taint);
                type = type.isKnown() ? type : value.type;
            } else {
                for (Statement s : entry.getStatements()) {
                    entryEnv = exec(s, entryEnv);
                    if (entryEnv == null) {
                        break;
                    }
                }
            }
        }
        yieldCollectors.pop();
        return new Value(type, collector[0]);
    }

    private Value evalBinary(BinaryExpr binary, Env env) {
        // Long concatenations are left-deep trees: walk them iteratively, not recursively.
        if (binary.getOperator() == BinaryExpr.Operator.PLUS) {
            List<Expression> operands = new ArrayList<>();
            Expression current = binary;
            while (current instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
                operands.add(b.getRight());
                current = b.getLeft();
            }
            operands.add(current);
            Taint taint = Taint.CLEAN;
            boolean text = false;
            JType numeric = JType.INT;
            for (int i = operands.size() - 1; i >= 0; i--) {
                Value operand = eval(operands.get(i), env);
                taint = taint.union(operand.taint);
                if (operand.type.isPrimitive()) {
                    numeric = operand.type;
                } else {
                    text = true;
                }
            }
            return new Value(text ? JType.STRING : numeric, taint);
        }
        Value left = eval(binary.getLeft(), env);
        Value right = eval(binary.getRight(), env);
        return switch (binary.getOperator()) {
            case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, AND, OR ->
                    new Value(JType.BOOLEAN, Taint.CLEAN);
            case BINARY_AND, BINARY_OR, XOR -> left.type.isBooleanOrChar() && right.type.isBooleanOrChar()
                    ? new Value(JType.BOOLEAN, Taint.CLEAN) : new Value(left.type, left.taint.union(right.taint));
            default -> new Value(left.type.isKnown() ? left.type : right.type, left.taint.union(right.taint));
        };
    }

    private Value evalAssign(AssignExpr assign, Env env) {
        Value value = eval(assign.getValue(), env);
        Taint taint = value.taint;
        if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
            taint = taint.union(eval(assign.getTarget(), env).taint);
        }
        Expression target = assign.getTarget();
        if (target instanceof NameExpr name) {
            Local local = env.get(name.getNameAsString());
            if (local != null) {
                env.put(name.getNameAsString(), new Local(local.type, taint, null));
            } else {
                model.fieldInScope(name.getNameAsString(), bodyType).ifPresent(f -> assignField(f.node(), value.taint));
            }
        } else if (target instanceof FieldAccessExpr access) {
            JType owner = access.getScope() instanceof ThisExpr || access.getScope() instanceof SuperExpr
                    ? JType.of(bodyType) : eval(access.getScope(), env).type;
            if (owner.analysed() != null) {
                model.field(owner.analysed(), access.getNameAsString()).ifPresent(f -> assignField(f.node(), value.taint));
            }
        } else if (target instanceof ArrayAccessExpr access) {
            eval(access.getIndex(), env);
            taintRoot(access.getName(), value.taint, env);
        }
        return new Value(value.type, taint);
    }

    /** A container that receives personal data becomes personal data: the variable at the root of the receiver. */
    private void taintRoot(Expression receiver, Taint taint, Env env) {
        if (taint.isClean()) {
            return;
        }
        Expression root = receiver;
        while (root instanceof MethodCallExpr call && call.getScope().isPresent()) {
            root = call.getScope().get();
        }
        while (root instanceof EnclosedExpr enclosed) {
            root = enclosed.getInner();
        }
        if (root instanceof NameExpr name) {
            Local local = env.get(name.getNameAsString());
            if (local != null) {
                env.put(name.getNameAsString(), new Local(local.type, local.taint.union(taint), local.declaration));
            } else {
                model.fieldInScope(name.getNameAsString(), bodyType).ifPresent(f -> assignField(f.node(), taint));
            }
        } else if (root instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            model.field(bodyType, access.getNameAsString()).ifPresent(f -> assignField(f.node(), taint));
        }
    }

    private Value evalName(NameExpr name, Env env) {
        String identifier = name.getNameAsString();
        Local local = env.get(identifier);
        if (local != null) {
            if (local.declaration != null) {
                recordUse(name, Source.read(local.declaration));
            }
            return new Value(local.type, local.taint.union(typeTaint(local.type)));
        }
        Optional<CodeModel.FieldRef> field = model.fieldInScope(identifier, bodyType);
        if (field.isPresent()) {
            return readField(field.get(), name);
        }
        Optional<JType> lombokLogger = model.lombokLogger(identifier, bodyType);
        if (lombokLogger.isPresent()) {
            return new Value(lombokLogger.get(), Taint.CLEAN);
        }
        return Value.CLEAN_UNKNOWN;
    }

    private Value readField(CodeModel.FieldRef field, Node at) {
        if (field.type() == null) {
            // An enum constant is a constant, never personal data.
            return new Value(JType.of(field.owner()), Taint.CLEAN);
        }
        JType type = model.resolve(field.type(), field.owner());
        Optional<DataDeclaration> declaration = model.declarationOf(field);
        Taint taint = typeTaint(type);
        // A declared field is what its declaration says, whatever was assigned to it.
        if (declaration.isEmpty()) {
            Optional<Source> inferred = model.inferredField(field.node());
            if (inferred.isPresent()) {
                // Like a declaration, the field's own name says what it holds; only declared data assigned
                // to it is worth naming besides.
                taint = taint.declared().union(Taint.field(field.node(), true)).union(Taint.of(inferred.get()));
            } else {
                taint = taint.union(Taint.field(field.node(), false));
            }
        }
        if (declaration.isPresent()) {
            Source source = Source.read(declaration.get());
            taint = taint.union(Taint.of(source));
            if (!bodyIsTransparentGetter) {
                recordUse(at, source);
            }
        }
        return new Value(type, taint);
    }

    private Value evalFieldAccess(FieldAccessExpr access, Env env) {
        Expression scope = access.getScope();
        String name = access.getNameAsString();
        if (scope instanceof ThisExpr || scope instanceof SuperExpr) {
            return model.field(bodyType, name).map(f -> readField(f, access)).orElse(Value.CLEAN_UNKNOWN);
        }
        if (scope instanceof NameExpr qualifier && qualifier.getNameAsString().equals("System")
                && (name.equals("out") || name.equals("err")) && !isVariable(qualifier, env)) {
            return new Value(JType.named(name.equals("out") ? LoggingApis.CONSOLE_OUT : LoggingApis.CONSOLE_ERR),
                    Taint.CLEAN);
        }
        Optional<JType> staticOwner = typeName(scope, env);
        if (staticOwner.isPresent()) {
            if (staticOwner.get().analysed() != null) {
                return model.field(staticOwner.get().analysed(), name).map(f -> readField(f, access))
                        .orElse(Value.CLEAN_UNKNOWN);
            }
            Optional<Source> declared = model.external().field(staticOwner.get().name(), name);
            if (declared.isPresent()) {
                recordUse(access, declared.get());
                return new Value(JType.UNKNOWN, Taint.of(declared.get()));
            }
            return new Value(JType.named(staticOwner.get().name() + "." + name), Taint.CLEAN);
        }
        Value owner = eval(scope, env);
        if (owner.type.analysed() != null) {
            Optional<CodeModel.FieldRef> field = model.field(owner.type.analysed(), name);
            if (field.isPresent()) {
                return readField(field.get(), access);
            }
        } else if (owner.type.isKnown()) {
            Optional<Source> declared = model.external().field(owner.type.name(), name);
            if (declared.isPresent()) {
                recordUse(access, declared.get());
                return new Value(JType.UNKNOWN, Taint.of(declared.get()));
            }
        }
        if (name.equals("length")) {
            return new Value(JType.INT, Taint.CLEAN);
        }
        return new Value(JType.UNKNOWN, owner.taint);
    }

    private boolean isVariable(NameExpr name, Env env) {
        return env.get(name.getNameAsString()) != null || model.fieldInScope(name.getNameAsString(), bodyType).isPresent();
    }

    /** The type a scope expression names when it is a type, not a value ({@code TextUtil} in {@code TextUtil.quote(x)}). */
    private Optional<JType> typeName(Expression scope, Env env) {
        if (scope instanceof NameExpr name) {
            if (isVariable(name, env) || model.lombokLogger(name.getNameAsString(), bodyType).isPresent()) {
                return Optional.empty();
            }
            String identifier = name.getNameAsString();
            if (!Character.isUpperCase(identifier.charAt(0))) {
                return Optional.empty();
            }
            return Optional.of(model.resolveName(identifier, bodyType));
        }
        if (scope instanceof FieldAccessExpr access && looksLikeTypeName(access)) {
            JType resolved = model.resolveName(access.toString(), bodyType);
            return Optional.of(resolved);
        }
        if (scope instanceof TypeExpr typeExpr) {
            return Optional.of(model.resolve(typeExpr.getType(), bodyType));
        }
        return Optional.empty();
    }

    /** {@code org.slf4j.MDC} or {@code Outer.Inner}: a dotted name starting with a package or a type, not a variable. */
    private boolean looksLikeTypeName(FieldAccessExpr access) {
        Expression head = access;
        while (head instanceof FieldAccessExpr f) {
            head = f.getScope();
        }
        if (!(head instanceof NameExpr name)) {
            return false;
        }
        String first = name.getNameAsString();
        boolean packageLike = Character.isLowerCase(first.charAt(0)) && model.fieldInScope(first, bodyType).isEmpty();
        return packageLike && Character.isUpperCase(access.getNameAsString().charAt(0))
                || model.index().resolveType(access.toString(), bodyType).isPresent();
    }

    // ---- calls -------------------------------------------------------------------------------

    private Value evalCall(MethodCallExpr call, Env env) {
        String name = call.getNameAsString();
        int arity = call.getArguments().size();
        Value receiver = null;
        JType staticType = null;
        List<CallableDeclaration<?>> targets = new ArrayList<>();

        if (call.getScope().isEmpty()) {
            for (TypeInfo t = bodyType; t != null && targets.isEmpty(); t = t.enclosing()) {
                targets.addAll(model.methods(t, name, arity));
                if (!targets.isEmpty()) {
                    targets.addAll(model.overridingMethods(t, name, arity));
                }
            }
            if (targets.isEmpty()) {
                bodyType.scope().staticImportOwner(name).flatMap(model.index()::type)
                        .ifPresent(owner -> targets.addAll(model.methods(owner, name, arity)));
            }
        } else {
            Expression scope = call.getScope().get();
            Optional<JType> typeName = typeName(scope, env);
            if (typeName.isPresent()) {
                staticType = typeName.get();
            } else {
                receiver = scope instanceof SuperExpr ? new Value(JType.of(bodyType), Taint.CLEAN) : eval(scope, env);
                staticType = receiver.type;
            }
            if (scope instanceof SuperExpr) {
                TypeInfo parent = superclass(bodyType);
                if (parent != null) {
                    targets.addAll(model.methods(parent, name, arity));
                }
            } else if (staticType.analysed() != null) {
                targets.addAll(model.methods(staticType.analysed(), name, arity));
                if (receiver != null) {
                    targets.addAll(model.overridingMethods(staticType.analysed(), name, arity));
                }
            }
        }
        JType scopeType = staticType == null ? JType.UNKNOWN : staticType;
        Taint receiverTaint = receiver == null ? Taint.CLEAN : receiver.taint;

        // Arguments: lambdas and method references see the receiver's elements (stream.map(c -> ...));
        // a static helper inside such an argument (Comparator.comparing(c -> ...)) sees the same elements.
        JType elementType = scopeType.elementType();
        Taint elementTaint = receiverTaint;
        if (!elementType.isKnown() && receiver == null && expectedElement != null) {
            elementType = expectedElement.type;
            elementTaint = expectedElement.taint;
        }
        Value outerExpected = expectedElement;
        expectedElement = elementType.isKnown() ? new Value(elementType, elementTaint) : outerExpected;
        List<Value> arguments = new ArrayList<>(arity);
        try {
            for (Expression argument : call.getArguments()) {
                if (argument instanceof LambdaExpr lambda) {
                    arguments.add(evalLambda(lambda, lambdaParameterTypes(scopeType, name, elementType), elementTaint, env));
                } else if (argument instanceof MethodReferenceExpr reference) {
                    arguments.add(evalMethodReference(reference, elementType, elementTaint, env));
                } else {
                    arguments.add(eval(argument, env));
                }
            }
        } finally {
            expectedElement = outerExpected;
        }
        List<Taint> argumentTaints = arguments.stream().map(Value::taint).toList();

        if (checkSink(call, scopeType, arguments)) {
            return new Value(sinkResultType(scopeType, name), Taint.CLEAN);
        }

        if (!targets.isEmpty()) {
            return callAnalysed(call, selectOverloads(targets, arguments), argumentTaints);
        }

        // A getter that Lombok or the record generates, also called without a receiver inside the type.
        if (arity == 0) {
            if (scopeType.analysed() != null) {
                Optional<CodeModel.FieldRef> generated = model.generatedGetter(scopeType.analysed(), name);
                if (generated.isPresent()) {
                    return readField(generated.get(), call);
                }
            } else if (call.getScope().isEmpty()) {
                for (TypeInfo t = bodyType; t != null; t = t.enclosing()) {
                    Optional<CodeModel.FieldRef> generated = model.generatedGetter(t, name);
                    if (generated.isPresent()) {
                        return readField(generated.get(), call);
                    }
                }
            }
        }
        Optional<Value> built = lombokBuilder(scopeType, name, receiver == null);
        if (built.isPresent()) {
            return built.get();
        }
        return callLibrary(call, scope(call), scopeType, receiverTaint, arguments, env);
    }

    /** The elements a lambda argument of an enclosing call works on, for static helpers nested in it. */
    private Value expectedElement;

    /** {@code Map.forEach((k, v) -> ...)} gets key and value; everything else the receiver's elements. */
    private static List<JType> lambdaParameterTypes(JType scopeType, String method, JType elementType) {
        if (method.equals("forEach") && scopeType.args().size() == 2 && scopeType.name().contains("Map")) {
            return scopeType.args();
        }
        return List.of(elementType);
    }

    /**
     * Lombok's {@code @Builder}: {@code Type.builder()...build()} makes a {@code Type}, which carries
     * personal data only through its type, like {@code new Type(...)} (SPEC 3.6 Containers).
     */
    private Optional<Value> lombokBuilder(JType scopeType, String method, boolean staticCall) {
        if (scopeType.name().startsWith(BUILDER_PREFIX)) {
            JType built = scopeType.args().get(0);
            return Optional.of(method.equals("build") ? new Value(built, typeTaint(built))
                    : new Value(scopeType, Taint.CLEAN));
        }
        TypeInfo type = scopeType.analysed();
        if (staticCall && type != null && method.equals("builder") && (CodeModel.hasLombok(type.node(), type, "Builder")
                || CodeModel.hasLombok(type.node(), type, "SuperBuilder"))) {
            return Optional.of(new Value(JType.named(BUILDER_PREFIX + type.qualifiedName()).withArgs(List.of(scopeType)),
                    Taint.CLEAN));
        }
        return Optional.empty();
    }

    private static final String BUILDER_PREFIX = "lombok.Builder:";

    /** Overloads with the same number of parameters: keep those whose parameter types fit the arguments. */
    private List<CallableDeclaration<?>> selectOverloads(List<CallableDeclaration<?>> targets, List<Value> arguments) {
        if (targets.size() < 2) {
            return targets;
        }
        List<CallableDeclaration<?>> fitting = new ArrayList<>();
        for (CallableDeclaration<?> target : targets) {
            TypeInfo owner = model.declaringType(target).orElse(bodyType);
            boolean fits = true;
            for (int i = 0; i < arguments.size() && i < target.getParameters().size() && fits; i++) {
                Parameter parameter = target.getParameter(i);
                if (parameter.isVarArgs()) {
                    break;
                }
                fits = compatible(model.resolve(parameter.getType(), owner), arguments.get(i).type);
            }
            if (fits) {
                fitting.add(target);
            }
        }
        return fitting.isEmpty() ? targets : fitting;
    }

    /** Whether an argument of static type {@code argument} may be passed to a parameter of type {@code parameter}. */
    private boolean compatible(JType parameter, JType argument) {
        if (!parameter.isKnown() || !argument.isKnown() || parameter.name().equals("java.lang.Object")) {
            return true;
        }
        if (parameter.isPrimitive() || argument.isPrimitive()) {
            boolean parameterNumeric = parameter.isPrimitive() && !parameter.isBooleanOrChar()
                    || BOXED_NUMBERS.contains(parameter.name());
            boolean argumentNumeric = argument.isPrimitive() && !argument.isBooleanOrChar()
                    || BOXED_NUMBERS.contains(argument.name());
            return parameterNumeric == argumentNumeric || parameter.name().equals(argument.name());
        }
        if (parameter.name().equals("java.lang.String") || argument.name().equals("java.lang.String")) {
            return parameter.name().equals(argument.name()) || parameter.name().equals("java.lang.CharSequence");
        }
        if (parameter.analysed() != null && argument.analysed() != null) {
            return isSubtype(argument.analysed(), parameter.analysed(), new java.util.HashSet<>());
        }
        return true;
    }

    private static final java.util.Set<String> BOXED_NUMBERS = java.util.Set.of("java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.math.BigDecimal",
            "java.math.BigInteger");

    private boolean isSubtype(TypeInfo type, TypeInfo of, java.util.Set<TypeInfo> seen) {
        if (type.equals(of)) {
            return true;
        }
        if (!seen.add(type)) {
            return false;
        }
        for (TypeInfo supertype : model.index().supertypes(type)) {
            if (isSubtype(supertype, of, seen)) {
                return true;
            }
        }
        return false;
    }

    private static Expression scope(MethodCallExpr call) {
        return call.getScope().orElse(null);
    }

    private Value callAnalysed(MethodCallExpr call, List<CallableDeclaration<?>> targets, List<Taint> arguments) {
        return callAnalysed(call, targets, target -> arguments);
    }

    /**
     * A call (or method reference) of methods of the analysed code: passes the arguments into their
     * summaries and yields what their return values carry; every target of a virtual call counts.
     */
    private Value callAnalysed(Node at, List<CallableDeclaration<?>> targets,
                               java.util.function.Function<CallableDeclaration<?>, List<Taint>> argumentsOf) {
        Taint result = Taint.CLEAN;
        JType type = JType.UNKNOWN;
        boolean sanitized = false;
        for (CallableDeclaration<?> target : targets) {
            List<Taint> arguments = argumentsOf.apply(target);
            passArguments(target, arguments);
            recordCall(target, at);
            TypeInfo owner = model.declaringType(target).orElse(bodyType);
            if (PdguardAnnotations.find(target, PdguardAnnotations.REDACTS, owner.scope()).isPresent()
                    || options.isSanitizer(owner.qualifiedName(), target.getNameAsString())) {
                sanitized = true;
                continue;
            }
            Taint returned = returnOf(target).substitute(arguments);
            if (target instanceof MethodDeclaration method) {
                JType returnType = model.resolve(method.getType(), owner);
                type = type.isKnown() ? type : returnType;
                returned = returned.union(typeTaint(returnType));
            }
            Optional<DataDeclaration> declared = model.declarations().dataDeclarationOf(target);
            if (declared.isPresent()) {
                Source source = Source.read(declared.get());
                returned = returned.union(Taint.of(source));
                recordUse(at, source);
            }
            model.transparentGetterField(target).flatMap(model::declarationOf)
                    .ifPresent(d -> recordUse(at, Source.read(d)));
            recordCrossing(target, at, returned);
            result = result.union(returned);
            Taint fromCallee = returned.withoutParameters();
            if (at instanceof MethodCallExpr call && !fromCallee.isClean()
                    && model.transparentGetterField(target).isEmpty()) {
                recorded.via(call, new FlowFacts.Via(signature(owner, target), fromCallee));
            }
        }
        // A @Redacts result is not personal data, whatever else the call may reach.
        return new Value(type, sanitized ? Taint.CLEAN : result);
    }

    private Value callLibrary(MethodCallExpr call, Expression scope, JType scopeType, Taint receiverTaint,
                              List<Value> arguments, Env env) {
        String name = call.getNameAsString();
        if (options.isSanitizer(scopeType.name(), name)
                || scopeType.isKnown() && model.external().redacts(scopeType.name(), name)) {
            return new Value(JType.UNKNOWN, Taint.CLEAN);
        }
        if (scopeType.isKnown()) {
            Optional<Source> declared = model.external().method(scopeType.name(), name, arguments.size())
                    .or(() -> arguments.isEmpty() ? model.external().getter(scopeType.name(), name) : Optional.empty());
            if (declared.isPresent()) {
                recordUse(call, declared.get());
                return new Value(JType.UNKNOWN, Taint.of(declared.get()));
            }
            // Any other method of a compiled class of the build: like the analysed code, the object it is
            // called on does not make the result personal data; a boolean or number result is none.
            Optional<String> returnType = model.external().returnType(scopeType.name(), name, arguments.size());
            if (returnType.isPresent()) {
                JType result = JType.named(returnType.get());
                if (result.isPrimitive() || returnType.get().equals("void")) {
                    return new Value(result, Taint.CLEAN);
                }
                Taint argumentTaint = Taint.CLEAN;
                for (Value argument : arguments) {
                    argumentTaint = argumentTaint.union(argument.taint);
                }
                return new Value(result, argumentTaint.union(typeTaint(result)));
            }
        }
        JType resultType = libraryResultType(scopeType, name, arguments);
        Optional<List<String>> apiCategories = ApiSources.method(scopeType.name(), name);
        List<String> configured = options.sourceCategories(scopeType.name(), name);
        if (configured != null) {
            apiCategories = Optional.of(configured);
        }
        if (apiCategories.isPresent()) {
            return new Value(resultType, Taint.of(Source.api(scopeType.simpleName() + "." + name + "()", apiCategories.get())));
        }
        if (ApiSources.isServletRequest(scopeType.name()) && name.equals("getHeader") && arguments.size() == 1) {
            Optional<String> header = model.declarations().constants().stringValue(call.getArgument(0), bodyType);
            if (header.isPresent() && ApiSources.isPersonalHeader(header.get())) {
                return new Value(resultType, Taint.of(Source.api(
                        "HttpServletRequest.getHeader(\"" + header.get() + "\")", List.of("ONLINE_IDENTIFIER"))));
            }
        }
        Taint argumentTaint = Taint.CLEAN;
        for (Value argument : arguments) {
            argumentTaint = argumentTaint.union(argument.taint);
        }
        if (scope != null && LibraryCalls.isMutator(name) && scopeType.analysed() == null) {
            taintRoot(scope, argumentTaint, env);
        }
        if (LibraryCalls.yieldsNoData(scopeType.name(), name)) {
            return new Value(resultType, Taint.CLEAN);
        }
        // SPEC 3.6: a JDK method that answers a boolean, number or char gives no personal data
        // (buffer.getShort(), stream.read()), unless it hands out or keeps the value it holds.
        if (!LibraryCalls.jdkKeepsTheValue(scopeType.name())
                && model.external().jdkReturnsOnlyPrimitives(scopeType.name(), name, arguments.size())) {
            return new Value(resultType, Taint.CLEAN);
        }
        // SPEC 3.6: a call that returns a boolean, number or char is no personal data unless the number is
        // a magnitude of its input. The code says the result is one when it goes straight into such a
        // variable or return value; then what the object it is called on holds stays behind
        // (buffer.readableBytes()), unless the call may hand it out (get(i), ...Value(), orElse).
        Taint fromReceiver = call == primitiveSlot && !resultType.isKnown() && !LibraryCalls.mayReturnWhatItHolds(name)
                ? Taint.CLEAN : receiverTaint;
        Taint result = fromReceiver.union(argumentTaint).union(typeTaint(resultType));
        if (arguments.isEmpty() && scopeType.isKnown() && scopeType.analysed() == null) {
            Optional<Source> inferred = model.inferredGetter(scopeType.name(), name);
            if (inferred.isPresent()) {
                result = result.union(Taint.of(inferred.get()));
            }
        }
        return new Value(resultType, result);
    }

    /** Return types of the library calls the analysis needs to follow further. */
    private JType libraryResultType(JType scopeType, String name, List<Value> arguments) {
        String scopeName = scopeType.name();
        if (LoggingApis.logger(scopeName).isPresent() && LoggingApis.isFluentEntry(name)) {
            String builder = LoggingApis.logger(scopeName).get().fluentBuilder();
            return builder == null ? JType.UNKNOWN : JType.named(builder);
        }
        if (LoggingApis.isFluentBuilder(scopeName)) {
            return scopeType;
        }
        Optional<String> api = ApiSources.returnType(scopeName, name);
        if (api.isPresent()) {
            return JType.named(api.get());
        }
        switch (name) {
            case "getLogger", "getFormatterLogger" -> {
                return switch (scopeName) {
                    case "org.slf4j.LoggerFactory" -> JType.named("org.slf4j.Logger");
                    case "org.apache.logging.log4j.LogManager" -> JType.named("org.apache.logging.log4j.Logger");
                    case "java.util.logging.Logger" -> JType.named("java.util.logging.Logger");
                    case "java.lang.System" -> JType.named("java.lang.System.Logger");
                    case "org.apache.log4j.Logger", "org.apache.log4j.LogManager" -> JType.named("org.apache.log4j.Logger");
                    case "org.jboss.logging.Logger" -> JType.named("org.jboss.logging.Logger");
                    default -> JType.UNKNOWN;
                };
            }
            case "getGlobal", "getAnonymousLogger" -> {
                return scopeName.equals("java.util.logging.Logger") ? JType.named(scopeName) : JType.UNKNOWN;
            }
            case "getValue", "getKey" -> {
                if (scopeName.endsWith("Map.Entry") && scopeType.args().size() == 2) {
                    return scopeType.args().get(name.equals("getKey") ? 0 : 1);
                }
                return JType.UNKNOWN;
            }
            case "entrySet" -> {
                return scopeType.args().size() == 2 ? JType.named("java.util.Set").withArgs(List.of(
                        JType.named("java.util.Map.Entry").withArgs(scopeType.args()))) : JType.UNKNOWN;
            }
            case "values" -> {
                return scopeType.args().size() == 2
                        ? JType.named("java.util.Collection").withArgs(List.of(scopeType.args().get(1))) : JType.UNKNOWN;
            }
            case "keySet" -> {
                return scopeType.args().size() == 2
                        ? JType.named("java.util.Set").withArgs(List.of(scopeType.args().get(0))) : JType.UNKNOWN;
            }
            case "getLog" -> {
                return scopeName.equals("org.apache.commons.logging.LogFactory")
                        ? JType.named("org.apache.commons.logging.Log") : JType.UNKNOWN;
            }
            case "forEnclosingClass" -> {
                return JType.named(scopeName);
            }
            case "stream", "filter", "sorted", "distinct", "limit", "skip", "peek", "parallelStream", "iterator",
                 "stream()", "unmodifiableList", "copyOf" -> {
                JType element = scopeType.elementType();
                return element.isKnown() ? JType.named("java.util.stream.Stream").withArgs(List.of(element)) : JType.UNKNOWN;
            }
            case "map", "flatMap" -> {
                if (!arguments.isEmpty() && arguments.get(0).type.name().equals("java.util.function.Supplier")
                        && !arguments.get(0).type.args().isEmpty()) {
                    String container = scopeName.equals("java.util.Optional") ? scopeName : "java.util.stream.Stream";
                    return JType.named(container).withArgs(List.of(arguments.get(0).type.args().get(0)));
                }
                return JType.UNKNOWN;
            }
            case "get", "orElse", "orElseThrow", "orElseGet", "next", "getFirst", "getLast", "poll", "peekFirst",
                 "findFirst", "findAny", "remove" -> {
                JType element = scopeType.elementType();
                if (name.startsWith("find") && element.isKnown()) {
                    return JType.named("java.util.Optional").withArgs(List.of(element));
                }
                return element;
            }
            default -> {
                if (scopeName.equals("java.lang.String") && !LibraryCalls.yieldsNoData(scopeName, name)) {
                    return name.equals("split") ? JType.STRING.arrayOf(1) : JType.STRING;
                }
                return JType.UNKNOWN;
            }
        }
    }

    private JType sinkResultType(JType scopeType, String name) {
        if (LoggingApis.isFluentBuilder(scopeType.name())) {
            return scopeType;
        }
        return JType.UNKNOWN;
    }

    // ---- sinks -------------------------------------------------------------------------------

    /** Reports a sink call that receives personal data; returns whether the call is a sink at all. */
    private boolean checkSink(MethodCallExpr call, JType scopeType, List<Value> arguments) {
        String name = call.getNameAsString();
        String type = scopeType.name();
        String sinkName = null;
        Optional<LoggingApis.Family> family = LoggingApis.logger(type);
        if (family.isPresent() && family.get().sinkMethods().contains(name)) {
            sinkName = family.get().displayName() + "." + name;
        } else if (LoggingApis.isStaticSink(type, name)) {
            sinkName = LoggingApis.staticSinkName(type) + "." + name;
        } else if (options.isLogSink(type, name)) {
            sinkName = scopeType.simpleName() + "." + name;
        } else if (LoggingApis.isFluentBuilder(type)) {
            if (!LoggingApis.isFluentSink(type, name)) {
                return false;
            }
            Taint taint = union(arguments);
            if (!taint.isClean()) {
                // One log event, one finding: FlowFacts reports it at its first call with personal data.
                MethodCallExpr entry = fluentEntry(call);
                recorded.chained(entry,
                        new FlowFacts.SinkHit(bodyFile, call, call.getName(), fluentName(entry) + "." + name, taint));
            }
            return true;
        }
        if (sinkName == null) {
            return false;
        }
        Taint taint = union(arguments);
        if (!taint.isClean()) {
            recordSink(call, sinkName, taint);
        }
        return true;
    }

    /** What the arguments carry, parameter references included (facts are made concrete at the end). */
    private static Taint union(List<Value> arguments) {
        Taint taint = Taint.CLEAN;
        for (Value argument : arguments) {
            taint = taint.union(argument.taint);
        }
        return taint;
    }

    /** The first call of a fluent chain: the {@code atInfo()} on the logger. */
    private static MethodCallExpr fluentEntry(MethodCallExpr call) {
        MethodCallExpr current = call;
        while (current.getScope().isPresent() && current.getScope().get() instanceof MethodCallExpr inner) {
            current = inner;
            if (LoggingApis.isFluentEntry(current.getNameAsString())) {
                return current;
            }
        }
        return current;
    }

    private String fluentName(MethodCallExpr entry) {
        return "fluent " + entry.getNameAsString() + "()";
    }

    /** {@code PatientFormatter.summary(Patient)}: how a message names a method personal data came through. */
    private String signature(TypeInfo owner, CallableDeclaration<?> target) {
        if (model.declaringType(target).orElse(null) != owner) {
            return signatureText(owner, target);
        }
        return signatures.computeIfAbsent(target, t -> signatureText(owner, target));
    }

    private static String signatureText(TypeInfo owner, CallableDeclaration<?> target) {
        return owner.displayName() + "." + target.getNameAsString() + "(" + target.getParameters().stream()
                .map(p -> p.getType().asString()).collect(java.util.stream.Collectors.joining(", ")) + ")";
    }
    private void recordSink(MethodCallExpr call, String sinkName, Taint taint) {
        recorded.sink(call, new FlowFacts.SinkHit(bodyFile, call, call.getName(), sinkName, taint));
    }

    // ---- constructors, lambdas, method references --------------------------------------------

    private Value evalNew(ObjectCreationExpr creation, Env env) {
        creation.getScope().ifPresent(s -> eval(s, env));
        JType type = model.resolve(creation.getType(), bodyType);
        List<Value> arguments = new ArrayList<>();
        for (Expression argument : creation.getArguments()) {
            arguments.add(argument instanceof LambdaExpr lambda ? evalLambda(lambda, JType.UNKNOWN, Taint.CLEAN, env)
                    : eval(argument, env));
        }
        List<Taint> argumentTaints = arguments.stream().map(Value::taint).toList();
        if (type.analysed() != null) {
            for (CallableDeclaration<?> constructor : model.constructors(type.analysed(), arguments.size())) {
                passArguments(constructor, argumentTaints);
                recordCall(constructor, creation);
            }
            constructRecord(type.analysed(), argumentTaints);
        }
        creation.getAnonymousClassBody().ifPresent(members -> analyseLocalMembers(members, env));
        boolean throwable = model.isThrowable(type);
        if (throwable) {
            Taint taint = union(arguments);
            if (!taint.isClean()) {
                recorded.exception(creation, new FlowFacts.ExceptionHit(bodyFile, creation, type.simpleName() + "(...)", taint));
            }
            return new Value(type, Taint.CLEAN);
        }
        if (type.analysed() != null) {
            // An object of the analysed code carries personal data only through its type (SPEC 3.6 Containers).
            return new Value(type, typeTaint(type));
        }
        Taint taint = Taint.CLEAN;
        for (Taint argument : argumentTaints) {
            taint = taint.union(argument);
        }
        return new Value(type, taint.union(typeTaint(type)));
    }

    private Value evalLambda(LambdaExpr lambda, JType parameterType, Taint parameterTaint, Env env) {
        return evalLambda(lambda, List.of(parameterType), parameterTaint, env);
    }

    /** A lambda: its parameters typed by position (the last known type repeats), its value what it returns. */
    private Value evalLambda(LambdaExpr lambda, List<JType> parameterTypes, Taint parameterTaint, Env env) {
        Env inner = env.copy();
        for (int i = 0; i < lambda.getParameters().size(); i++) {
            Parameter parameter = lambda.getParameter(i);
            JType positional = parameterTypes.isEmpty() ? JType.UNKNOWN
                    : parameterTypes.get(Math.min(i, parameterTypes.size() - 1));
            JType declared = parameter.getType().isUnknownType() || parameter.getType().isVarType()
                    ? positional : model.resolve(parameter.getType(), bodyType);
            inner.put(parameter.getNameAsString(), new Local(declared, parameterTaint.union(typeTaint(declared)), null));
        }
        Taint[] collector = {Taint.CLEAN};
        JType returnType = JType.UNKNOWN;
        returnCollectors.push(collector);
        try {
            Optional<Expression> expressionBody = lambda.getExpressionBody();
            if (expressionBody.isPresent()) {
                Value value = eval(expressionBody.get(), inner);
                collector[0] = collector[0].union(value.taint);
                returnType = value.type;
            } else {
                exec(lambda.getBody(), inner);
            }
        } finally {
            returnCollectors.pop();
        }
        return new Value(JType.named("java.util.function.Supplier").withArgs(List.of(returnType)), collector[0]);
    }

    private Value evalMethodReference(MethodReferenceExpr reference, JType elementType, Taint elementTaint, Env env) {
        String name = reference.getIdentifier();
        Expression scope = reference.getScope();
        JType owner;
        Taint boundTaint = Taint.CLEAN;
        if (scope instanceof TypeExpr typeExpr && typeExpr.getType() instanceof ClassOrInterfaceType written
                && written.getScope().isEmpty() && written.getTypeArguments().isEmpty()
                && isVariable(new NameExpr(written.getNameAsString()), env)) {
            // JavaParser parses the receiver of visitor::getName as a type; it is a variable.
            NameExpr variable = new NameExpr(written.getNameAsString());
            written.getRange().ifPresent(variable::setRange);
            scope = variable;
        }
        Optional<JType> typeName = scope instanceof TypeExpr typeExpr
                ? Optional.of(model.resolve(typeExpr.getType(), bodyType)) : typeName(scope, env);
        if (typeName.isPresent()) {
            owner = typeName.get();
        } else {
            Value bound = eval(scope, env);
            owner = bound.type;
            boundTaint = bound.taint;
        }
        Taint result = Taint.CLEAN;
        JType resultType = JType.UNKNOWN;
        if (owner.analysed() != null && !name.equals("new")) {
            List<CallableDeclaration<?>> targets = new ArrayList<>(model.methods(owner.analysed(), name, 0));
            targets.addAll(model.methods(owner.analysed(), name, 1));
            if (!targets.isEmpty()) {
                Value value = callAnalysedReference(reference, targets, elementTaint);
                return new Value(JType.named("java.util.function.Supplier").withArgs(List.of(value.type)), value.taint);
            }
            Optional<CodeModel.FieldRef> generated = model.generatedGetter(owner.analysed(), name);
            if (generated.isPresent()) {
                Value value = readField(generated.get(), reference);
                return new Value(JType.named("java.util.function.Supplier").withArgs(List.of(value.type)), value.taint);
            }
        }
        if (!LibraryCalls.yieldsNoData(owner.name(), name) && !name.equals("new")) {
            result = elementTaint.union(boundTaint);
        }
        return new Value(JType.named("java.util.function.Supplier").withArgs(List.of(resultType)), result);
    }

    private Value callAnalysedReference(MethodReferenceExpr reference, List<CallableDeclaration<?>> targets, Taint elementTaint) {
        // Type::method gets the element as receiver or as its one argument.
        return callAnalysed(reference, targets,
                target -> target.getParameters().isEmpty() ? List.of() : List.of(elementTaint));
    }

    // ---- types that carry personal data ------------------------------------------------------

    /**
     * What every value of a static type carries: the type's declaration when it is declared at
     * type level, the declared fields its {@code toString()} exposes, and the same for the
     * elements of arrays, collections and optionals of it.
     */
    private Taint typeTaint(JType type) {
        if (type == null || !type.isKnown()) {
            return Taint.CLEAN;
        }
        Taint taint = Taint.CLEAN;
        if (type.analysed() != null && !type.isArray()) {
            Optional<DataDeclaration> declared = model.declarations().dataDeclarationOf(type.analysed().node());
            if (declared.isPresent()) {
                taint = taint.union(Taint.of(Source.object(declared.get())));
            }
            for (DataDeclaration exposed : exposure(type.analysed())) {
                taint = taint.union(Taint.of(Source.object(exposed)));
            }
        }
        if (type.analysed() == null && !type.isArray()) {
            Optional<Source> declared = model.external().type(type.name());
            if (declared.isPresent()) {
                taint = taint.union(Taint.of(declared.get()));
            }
        }
        JType element = type.elementType();
        if (element.isKnown() && element != type) {
            taint = taint.union(typeTaint(element));
        }
        for (JType argument : type.args()) {
            if (argument.analysed() != null || model.external().knows(argument.name())) {
                taint = taint.union(typeTaint(argument));
            }
        }
        return taint;
    }

    /** The declared fields a type's toString() shows (SPEC 3.6 tostring-leak). */
    List<DataDeclaration> exposure(TypeInfo type) {
        // It depends on the toString() of its superclasses too (bounded: inheritance may be cyclic in bad code).
        int depth = 0;
        for (TypeInfo t = type; t != null && fixpoint.settled && depth++ < 1000;
             t = ToStringExposure.superclass(t, model)) {
            reads(fixpoint.exposureReaders, t.node());
        }
        List<DataDeclaration> cached = fixpoint.exposureCache.get(type);
        if (cached != null) {
            return cached;
        }
        synchronized (fixpoint) {
            cached = fixpoint.exposureCache.get(type);
            if (cached != null) {
                return cached;
            }
            if (!fixpoint.exposureComputing.add(type)) {
                return List.of(); // asked again while it is computed: a toString() showing its own type
            }
            try {
                List<DataDeclaration> exposed = ToStringExposure.of(type, model, this::returnWithFields);
                fixpoint.exposureCache.put(type, exposed);
                return exposed;
            } finally {
                fixpoint.exposureComputing.remove(type);
            }
        }
    }

    // ---- facts for purpose limitation --------------------------------------------------------

    private void recordUse(Node at, Source source) {
        if (source.kind() == Source.Kind.READ) {
            recorded.use(new FlowFacts.Use(body, bodyType, at, source));
        }
    }

    private void recordCall(CallableDeclaration<?> target, Node at) {
        recorded.call(new FlowFacts.Call(body, bodyType, target, at));
    }

    private void recordCrossing(CallableDeclaration<?> target, Node at, Taint returned) {
        if (!returned.isClean()) {
            recorded.crossing(new FlowFacts.Crossing(body, bodyType, target, at, returned));
        }
    }

    // ---- environment -------------------------------------------------------------------------

    /** A local variable: its declared type, what it holds now, and its declaration if it is an annotated parameter. */
    record Local(JType type, Taint taint, DataDeclaration declaration) {
    }

    /**
     * Local variables in control-flow order; copied at branches, merged where they join. Backed by
     * a {@link NameMap}, so copies are free and a merge costs what the branches changed.
     */
    static final class Env {
        private NameMap<Local> locals;

        Env() {
            this.locals = NameMap.empty();
        }

        private Env(NameMap<Local> locals) {
            this.locals = locals;
        }

        Env copy() {
            return new Env(locals);
        }

        Local get(String name) {
            return locals.get(name);
        }

        void put(String name, Local local) {
            locals = locals.put(name, local);
        }

        /** The variables as they are now, to {@link #retainOnly} later. */
        NameMap<Local> snapshot() {
            return locals;
        }

        /** Forgets the variables that {@code earlier} did not have (they went out of scope). */
        void retainOnly(NameMap<Local> earlier) {
            List<String> gone = new ArrayList<>();
            locals.forEachDifferent(earlier, (name, local) -> {
                if (earlier.get(name) == null) {
                    gone.add(name);
                }
            });
            for (String name : gone) {
                locals = locals.remove(name);
            }
        }

        /** Whether a variable of {@code before} holds something else here (or is gone). */
        boolean changedAny(Env before) {
            boolean[] changed = {false};
            before.locals.forEachDifferent(locals, (name, local) -> changed[0] = true);
            return changed[0];
        }

        /** After branches join, a variable carries what any branch gave it; {@code null} is a branch that never completes. */
        static Env merge(Env a, Env b) {
            if (a == null) {
                return b;
            }
            if (b == null || a == b) {
                return a;
            }
            Env merged = a.copy();
            b.locals.forEachDifferent(a.locals, (name, y) -> {
                Local x = a.locals.get(name);
                merged.put(name, x == null ? y : new Local(x.type.isKnown() ? x.type : y.type, x.taint.union(y.taint),
                        x.declaration != null ? x.declaration : y.declaration));
            });
            return merged;
        }
    }
}
