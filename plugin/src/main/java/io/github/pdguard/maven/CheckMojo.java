package io.github.pdguard.maven;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.report.ConsoleReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.nio.file.Path;
import java.util.List;

/** Analyses the module, prints the findings in compiler format and fails the build per {@code failOnSeverity}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPdguardMojo {

    /** Fail the build when findings at or above {@link #failOnSeverity} remain. */
    @Parameter(property = "pdguard.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** {@code error}, {@code warning} or {@code note}. */
    @Parameter(property = "pdguard.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private String executionRoot;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("pdguard: skipped (pdguard.skip)");
            return;
        }
        Severity threshold = Severity.parse(failOnSeverity).orElseThrow(() -> new MojoFailureException(
                "Parameter 'failOnSeverity': '" + failOnSeverity + "' is not a severity; allowed: "
                        + Severity.allowedValues()));
        AnalysisConfig config = configuration();
        AnalysisResult result = analyze(config);
        boolean github = "true".equalsIgnoreCase(System.getenv("GITHUB_ACTIONS"));
        for (Finding finding : result.unsuppressed()) {
            String line = ConsoleReport.line(finding);
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case NOTE -> getLog().info(line);
            }
            if (github) {
                // Workflow commands must start the line, so they bypass Maven's level prefix.
                System.out.println(ConsoleReport.githubCommand(finding, relativeToBuildRoot(finding.file())));
            }
        }
        getLog().info(ConsoleReport.summary(result));
        List<Finding> failing = result.atOrAbove(threshold);
        if (failOnViolation && !failing.isEmpty()) {
            throw new MojoFailureException("pdguard found " + failing.size() + " finding" + (failing.size() == 1 ? "" : "s")
                    + " at or above severity " + threshold.id() + " (listed above); fix them, suppress them with"
                    + " @SuppressWarnings(\"pdguard:RULE\") or set pdguard.failOnViolation=false");
        }
    }

    private String relativeToBuildRoot(Path file) {
        Path root = Path.of(executionRoot == null ? "." : executionRoot).toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
