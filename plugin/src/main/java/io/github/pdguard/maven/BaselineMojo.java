package io.github.pdguard.maven;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.ConfigurationException;
import io.github.pdguard.report.Baseline;
import io.github.pdguard.report.OutputPaths;
import io.github.pdguard.report.ReportData;
import io.github.pdguard.report.Reports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the baseline file ({@code baselineFile}) with every current finding that is not
 * suppressed in the code, so that {@code check} then fails only on new ones. Rewriting keeps the
 * {@code reason} of every entry that still matches a finding and drops entries that no longer do.
 * Never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class BaselineMojo extends AbstractPdguardMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        AnalysisConfig config = configuration();
        try {
            OutputPaths.checkWritableFile("baselineFile", baselineFile.toPath());
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
        Baseline previous = existingBaseline();
        AnalysisResult result = analyze(config);
        ReportData data = prepareReports(result, config, previous);
        Baseline baseline = Reports.baselineOf(data, previous);
        Path file = baselineFile.toPath().toAbsolutePath().normalize();
        try {
            baseline.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException("pdguard could not write the baseline file " + file + ": " + e, e);
        }
        long reasons = baseline.entries().stream().filter(e -> e.reason() != null).count();
        StringBuilder message = new StringBuilder("pdguard: wrote ").append(baseline.entries().size())
                .append(" entr").append(baseline.entries().size() == 1 ? "y" : "ies").append(" to ").append(file);
        if (previous != null) {
            message.append(" (").append(data.baseline().summary()).append("; ").append(reasons)
                    .append(" reason").append(reasons == 1 ? "" : "s").append(" kept)");
        }
        getLog().info(message.toString());
        if (result.findings().stream().anyMatch(f -> f.ruleId().equals("parse-error") && !f.isSuppressed())) {
            getLog().warn("pdguard: some files did not parse; their parse-error findings are in the baseline, but the"
                    + " code in them was not analysed");
        }
    }
}
