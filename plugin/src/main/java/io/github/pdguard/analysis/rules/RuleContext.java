package io.github.pdguard.analysis.rules;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisException;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.flow.FlowFacts;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.source.SourceFile;

import java.util.List;

/** What a rule sees of one analysis, and where it reports. */
public final class RuleContext {
    private final RuleDescriptor rule;
    private final Severity severity;
    private final AnalysisConfig config;
    private final AnalysisModel model;
    private final List<Finding> findings;

    public RuleContext(RuleDescriptor rule, Severity severity, AnalysisConfig config, AnalysisModel model,
                       List<Finding> findings) {
        this.rule = rule;
        this.severity = severity;
        this.config = config;
        this.model = model;
        this.findings = findings;
    }

    public AnalysisConfig config() {
        return config;
    }

    public DeclarationIndex declarations() {
        return model.declarations();
    }

    public ProjectIndex index() {
        return model.declarations().projectIndex();
    }

    /** The facts of the value analysis (computed once, on first use). */
    public FlowFacts flow() {
        return model.flow();
    }

    /** The value analysis if an earlier rule ran it. */
    public java.util.Optional<FlowFacts> flowIfComputed() {
        return model.flowIfComputed();
    }

    /** Reports at the start of {@code at}, unless a {@code @SuppressWarnings} around it covers this rule. */
    public void report(SourceFile file, Node at, String message) {
        report(file, at, message, List.of());
    }

    /** Reports with the path the data took, from its source to here (SARIF {@code codeFlows}). */
    public void report(SourceFile file, Node at, String message, List<Finding.FlowStep> flow) {
        Position begin = at.getBegin().orElse(new Position(1, 1));
        String suppressedBy = Suppressions.find(at, rule.id()).orElse(null);
        String member = EnclosingMember.of(at, index()).orElse(null);
        findings.add(new Finding(rule.id(), severity, file.path(), begin.line, begin.column, message, suppressedBy,
                member, flow));
    }

    /** A step of a flow at a node of the analysed code. */
    public static Finding.FlowStep step(SourceFile file, Node at, String message) {
        Position begin = at.getBegin().orElse(new Position(1, 1));
        return new Finding.FlowStep(file.path(), begin.line, begin.column, message);
    }

    /**
     * Runs one item's check (a declaration, a sink call, a use): if pdguard fails inside it, the
     * file gets a failing {@code parse-error} finding that says so and how to report it, and the
     * other items and files are still checked.
     */
    public void guard(SourceFile file, Node at, Runnable check) {
        try {
            check.run();
        } catch (RuntimeException | StackOverflowError e) {
            Position begin = at == null ? new Position(1, 1) : at.getBegin().orElse(new Position(1, 1));
            String reason = e instanceof StackOverflowError
                    ? "rule " + rule.id() + " ran out of stack here: the code nests too deeply to be analysed"
                    : "internal error in rule " + rule.id() + " (" + AnalysisException.describe(e) + "); please report it at "
                    + AnalysisException.REPORT_AT + " with this file if you can";
            model.internalProblem(new FlowFacts.Problem(file, begin.line, begin.column, reason));
        }
    }

    /** What rules failed on so far (see {@link #guard}). */
    java.util.List<FlowFacts.Problem> internalProblems() {
        return model.internalProblems();
    }

    /** Reports at a position that no declaration encloses (a file that did not parse). */
    public void report(SourceFile file, int line, int column, String message) {
        findings.add(new Finding(rule.id(), severity, file.path(), line, column, message, null));
    }
}
