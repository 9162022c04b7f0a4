package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.DeepStack;
import io.github.pdguard.analysis.classpath.ClasspathDeclarations;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.FlowOptions;
import io.github.pdguard.analysis.flow.ValueFlowAnalysis;
import io.github.pdguard.analysis.model.DeclarationIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the rules read about one analysed code base, built once and shared: the index of
 * declarations and, computed on first use, the facts of the value analysis.
 */
public final class AnalysisModel {
    private final DeclarationIndex declarations;
    private final FlowOptions flowOptions;
    private final ClasspathDeclarations classpath;
    private final int threads;
    private FlowFacts flow;
    private final List<FlowFacts.Problem> internalProblems = new ArrayList<>();

    public AnalysisModel(DeclarationIndex declarations, FlowOptions flowOptions, ClasspathDeclarations classpath) {
        this(declarations, flowOptions, classpath, 1);
    }

    /** {@code threads}: how many threads the value analysis evaluates bodies on. */
    public AnalysisModel(DeclarationIndex declarations, FlowOptions flowOptions, ClasspathDeclarations classpath,
                         int threads) {
        this.declarations = declarations;
        this.flowOptions = flowOptions;
        this.classpath = classpath;
        this.threads = threads;
    }

    public DeclarationIndex declarations() {
        return declarations;
    }

    /** The value analysis, run once for all rules that need it. */
    public FlowFacts flow() {
        if (flow == null) {
            flow = runWithDeepStack();
        }
        return flow;
    }

    /** The facts if a rule needed them, without running the analysis otherwise. */
    public java.util.Optional<FlowFacts> flowIfComputed() {
        return java.util.Optional.ofNullable(flow);
    }

    /** Code a rule failed on (see {@link RuleContext#guard}); reported as {@code parse-error}. */
    public List<FlowFacts.Problem> internalProblems() {
        return internalProblems;
    }

    void internalProblem(FlowFacts.Problem problem) {
        internalProblems.add(problem);
    }

    /** The analysis walks syntax trees recursively; generated code needs a deeper stack than a Maven thread has. */
    private FlowFacts runWithDeepStack() {
        return DeepStack.run("pdguard-flow", () -> ValueFlowAnalysis.run(declarations, flowOptions, classpath, threads));
    }
}
