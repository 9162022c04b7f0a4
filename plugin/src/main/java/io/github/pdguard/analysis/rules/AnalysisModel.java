package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.FlowOptions;
import io.github.pdguard.analysis.flow.ValueFlowAnalysis;
import io.github.pdguard.analysis.model.DeclarationIndex;

/**
 * Everything the rules read about one analysed code base, built once and shared: the index of
 * declarations and, computed on first use, the facts of the value analysis.
 */
public final class AnalysisModel {
    private final DeclarationIndex declarations;
    private final FlowOptions flowOptions;
    private FlowFacts flow;

    public AnalysisModel(DeclarationIndex declarations, FlowOptions flowOptions) {
        this.declarations = declarations;
        this.flowOptions = flowOptions;
    }

    public DeclarationIndex declarations() {
        return declarations;
    }

    /** The value analysis, run once for all rules that need it. */
    public FlowFacts flow() {
        if (flow == null) {
            flow = ValueFlowAnalysis.run(declarations, flowOptions);
        }
        return flow;
    }
}
