package io.github.pdguard.maven;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Inventory;
import io.github.pdguard.report.ReportData;
import io.github.pdguard.report.Reports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the records of processing (GDPR Art. 30) as the code declares them into
 * {@code outputDirectory}: {@code inventory.json} and {@code inventory.md}. Never fails the build
 * on findings.
 */
@Mojo(name = "inventory", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class InventoryMojo extends AbstractPdguardMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        AnalysisConfig config = configuration();
        checkOutputDirectory();
        AnalysisResult result = analyze(config);
        ReportData data = prepareReports(result, config, null);
        Path directory = outputPath();
        try {
            List<Path> written = Reports.writeInventory(data, directory);
            for (Path file : written) {
                getLog().info("pdguard: wrote " + file);
            }
        } catch (IOException e) {
            throw new MojoExecutionException(fileWriteProblem(directory, e), e);
        }
        Inventory inventory = result.inventory();
        getLog().info("pdguard: inventory of " + inventory.declarations().size() + " declaration"
                + (inventory.declarations().size() == 1 ? "" : "s") + ", " + inventory.contexts().size()
                + " processing context" + (inventory.contexts().size() == 1 ? "" : "s") + " and "
                + inventory.suppressions().size() + " suppression" + (inventory.suppressions().size() == 1 ? "" : "s"));
        long unparsed = result.findings().stream().filter(f -> f.ruleId().equals("parse-error")).count();
        if (unparsed > 0) {
            getLog().warn("pdguard: " + unparsed + " file" + (unparsed == 1 ? "" : "s")
                    + " did not parse; the inventory does not cover " + (unparsed == 1 ? "it" : "them")
                    + " (run mvn pdguard:check for the details)");
        }
    }
}
