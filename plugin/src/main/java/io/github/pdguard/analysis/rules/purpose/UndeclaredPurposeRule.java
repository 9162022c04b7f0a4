package io.github.pdguard.analysis.rules.purpose;

import com.github.javaparser.ast.Node;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.flow.ProcessingContexts;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleDefinition;

import java.util.IdentityHashMap;
import java.util.Map;

@RuleDefinition(id = "undeclared-purpose", severity = Severity.WARNING, onByDefault = false,
        summary = "personal data is read in code reachable from no @ProcessingPurpose",
        description = "Code that reads personal data but that no @ProcessingPurpose reaches is not purpose-checked at"
                + " all. Teams that want every processing to name its purpose (GDPR Art. 5(1)(b), Art. 30 records of"
                + " processing) turn this rule on: each read of declared data outside every declared context is"
                + " reported, so a @ProcessingPurpose can be added where the processing starts.")
public final class UndeclaredPurposeRule implements Rule {

    @Override
    public void check(RuleContext context) {
        FlowFacts facts = context.flow();
        ProcessingContexts contexts = new ProcessingContexts(context.declarations(), facts);
        Map<Node, Boolean> reported = new IdentityHashMap<>();
        for (FlowFacts.Use use : facts.uses()) {
            context.guard(use.bodyType().file(), use.at(), () -> {
                if (contexts.contextsOf(use.body()).isEmpty() && reported.put(use.at(), Boolean.TRUE) == null) {
                    context.report(use.bodyType().file(), use.at(), use.source().describe()
                            + " is read in code that no @ProcessingPurpose reaches: declare what it is processed for");
                }
            });
        }
    }
}
