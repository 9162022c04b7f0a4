package io.github.pdguard.analysis.rules.leak;

import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.flow.Source;
import io.github.pdguard.analysis.flow.Taint;
import io.github.pdguard.analysis.rules.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The flow of a leak for reports: each declaration the data comes from, then where it ends up. */
final class SourceSteps {

    private SourceSteps() {
    }

    static List<Finding.FlowStep> from(Taint taint, Finding.FlowStep sink) {
        List<Finding.FlowStep> steps = new ArrayList<>();
        taint.sources().stream()
                .filter(source -> source.declaration() != null)
                .sorted(Comparator.comparing(Source::name))
                .forEach(source -> steps.add(RuleContext.step(source.declaration().file(), source.declaration().name(),
                        source.describe() + (source.kind() == Source.Kind.OBJECT
                                ? " is declared personal data (its instances)" : " is declared personal data"))));
        steps.add(sink);
        return steps;
    }
}
