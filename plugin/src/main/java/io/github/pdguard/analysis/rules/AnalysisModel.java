package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.classpath.ClasspathDeclarations;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.FlowOptions;
import io.github.pdguard.analysis.flow.ValueFlowAnalysis;
import io.github.pdguard.analysis.model.DeclarationIndex;

/**
 * Everything the rules read about one analysed code base, built once and shared: the index of
 * declarations and, computed on first use, the facts of the value analysis.
 */
public final class AnalysisModel {
    private static final long FLOW_STACK_BYTES = 512L * 1024 * 1024;
    private final DeclarationIndex declarations;
    private final FlowOptions flowOptions;
    private final ClasspathDeclarations classpath;
    private FlowFacts flow;

    public AnalysisModel(DeclarationIndex declarations, FlowOptions flowOptions, ClasspathDeclarations classpath) {
        this.declarations = declarations;
        this.flowOptions = flowOptions;
        this.classpath = classpath;
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

    /** The analysis walks syntax trees recursively; generated code needs a deeper stack than a Maven thread has. */
    private FlowFacts runWithDeepStack() {
        FlowFacts[] result = new FlowFacts[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(null, () -> {
            try {
                result[0] = ValueFlowAnalysis.run(declarations, flowOptions, classpath);
            } catch (RuntimeException e) {
                failure[0] = e;
            }
        }, "pdguard-flow", FLOW_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }
}
