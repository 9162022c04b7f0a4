package io.github.pdguard.analysis.rules;

import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.source.SourceFile;

@RuleDefinition(id = "parse-error", severity = Severity.ERROR,
        summary = "a source file cannot be parsed; the build fails closed and every other file is still analysed",
        description = "pdguard cannot vouch for code it cannot read. A file with a syntax error, in a language level"
                + " newer than the configured one, or in another encoding than project.build.sourceEncoding is"
                + " reported with the parser's line, column and reason instead of being skipped silently; all other"
                + " files are still analysed. Fix the file, set languageLevel (or maven.compiler.release) to the"
                + " Java version the code is written in, or exclude the file with <excludes> if it is not yours."
                + " Code that parses but nests too deeply to be analysed, and code pdguard itself fails on (an"
                + " internal error, to be reported), is reported the same way.")
public final class ParseErrorRule implements Rule {
    /** How to leave a file out, at the end of every message. */
    static final String EXCLUDE_HINT = " (to leave the file out of the analysis: <excludes>)";

    @Override
    public void check(RuleContext context) {
        for (SourceFile file : context.index().files()) {
            if (file.problem() != null) {
                context.report(file, file.problem().line(), file.problem().column(), file.problem().reason() + EXCLUDE_HINT);
            }
        }
        // Code that parsed but could not be analysed fails closed the same way: bodies the value
        // analysis gave up on, and items a rule failed on (this rule runs last).
        context.flowIfComputed().ifPresent(flow -> flow.problems().forEach(problem -> context.report(problem.file(),
                problem.line(), problem.column(), "cannot analyse this code: " + problem.reason() + EXCLUDE_HINT)));
        context.internalProblems().forEach(problem -> context.report(problem.file(), problem.line(), problem.column(),
                "cannot analyse this code: " + problem.reason() + EXCLUDE_HINT));
    }
}
