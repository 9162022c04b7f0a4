package io.github.pdguard.maven;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.report.Baseline;
import io.github.pdguard.report.ConsoleReport;
import io.github.pdguard.report.ReportData;
import io.github.pdguard.report.ReportFormat;
import io.github.pdguard.report.ReportedFinding;
import io.github.pdguard.report.Reports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Analyses the module, prints the findings in compiler format, writes the reports of
 * {@code formats} and fails the build per {@code failOnSeverity} on findings that are neither
 * suppressed nor in the baseline. Never writes the baseline.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class CheckMojo extends AbstractPdguardMojo {

    /** Fail the build when findings at or above {@link #failOnSeverity} remain. */
    @Parameter(property = "pdguard.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /** {@code error}, {@code warning} or {@code note}. */
    @Parameter(property = "pdguard.failOnSeverity", defaultValue = "error")
    String failOnSeverity;

    /** The {@code failOnSeverity} parameter. */
    Severity failThreshold() throws MojoFailureException {
        return Severity.parse(failOnSeverity).orElseThrow(() -> new MojoFailureException(
                "Parameter 'failOnSeverity': '" + failOnSeverity + "' is not a severity; allowed: "
                        + Severity.allowedValues()));
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        // Every parameter is checked before any work, each failing with one message that names it.
        Severity threshold = failThreshold();
        Set<ReportFormat> reportFormats = reportFormats();
        AnalysisConfig config = configuration();
        if (!reportFormats.isEmpty()) {
            checkOutputDirectory();
        }
        Baseline baseline = existingBaseline();
        AnalysisResult result = analyze(config);
        ReportData data = prepareReports(result, config, baseline);

        boolean github = "true".equalsIgnoreCase(System.getenv("GITHUB_ACTIONS"));
        for (ReportedFinding reported : data.findings()) {
            Finding finding = reported.finding();
            String line = ConsoleReport.line(finding);
            if (!reported.isOpen()) {
                if (getLog().isDebugEnabled()) {
                    getLog().debug(line + " (" + reported.status().id() + ")");
                }
                continue;
            }
            switch (finding.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case NOTE -> getLog().info(line);
            }
            if (github) {
                // Workflow commands must start the line, so they bypass Maven's level prefix.
                System.out.println(ConsoleReport.githubCommand(finding, reported.path()));
            }
        }

        Path directory = outputPath();
        try {
            List<Path> written = Reports.write(data, reportFormats, directory);
            for (Path file : written) {
                getLog().info("pdguard: wrote " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException(fileWriteProblem(directory, e), e);
        }
        getLog().info(ConsoleReport.summary(data, result.elapsed())
                + (result.fromCache() ? " (nothing changed since the last run: findings from the cache)" : ""));
        if (data.baseline() != null) {
            Baseline.Comparison comparison = data.baseline();
            getLog().info("pdguard: " + comparison.summary() + " (" + comparison.file() + ")");
            if (!comparison.fixed().isEmpty()) {
                getLog().info("pdguard: run mvn pdguard:baseline to drop the " + comparison.fixed().size()
                        + " fixed entr" + (comparison.fixed().size() == 1 ? "y" : "ies") + " from the baseline");
            }
        }

        List<ReportedFinding> failing = data.open().stream()
                .filter(f -> f.finding().severity().isAtLeast(threshold)).toList();
        if (failOnViolation && !failing.isEmpty()) {
            throw new MojoFailureException("pdguard found " + failing.size() + (data.baseline() == null ? "" : " new")
                    + " finding" + (failing.size() == 1 ? "" : "s") + " at or above severity " + threshold.id()
                    + " (listed above); fix them, suppress them with @SuppressWarnings(\"pdguard:RULE\")"
                    + (data.baseline() == null ? ", accept them with mvn pdguard:baseline" : "")
                    + " or set pdguard.failOnViolation=false");
        }
    }
}
