package io.github.pdguard.maven;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.discovery.DiscoveryRun;
import io.github.pdguard.analysis.discovery.SourceEdits;
import io.github.pdguard.analysis.source.SourceFile;
import io.github.pdguard.report.DiscoveryReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Lists the fields and record components whose names suggest undeclared personal data, per class,
 * each with a ready-to-paste {@code @PersonalData} or {@code @Sensitive}; writes the same to
 * {@code discover.md} and {@code discover.json}; with {@code -Dpdguard.apply=true} inserts the
 * annotations and their imports into the sources. Never fails on what it finds.
 */
@Mojo(name = "discover", threadSafe = true)
public class DiscoverMojo extends AbstractPdguardMojo {

    /**
     * Insert the suggested annotations (and their imports) into the source files; the rest of each
     * file stays byte for byte. Purposes and retention are left empty for the team to fill in.
     */
    @Parameter(property = "pdguard.apply", defaultValue = "false")
    private boolean apply;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        checkOutputDirectory();
        AnalysisConfig config = configuration();
        DiscoveryRun run;
        try {
            run = DiscoveryRun.run(config);
        } catch (IOException e) {
            throw new MojoExecutionException("pdguard could not read the sources: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("pdguard internal error (" + e + "); please report it at"
                    + " https://github.com/pdguard/pdguard/issues, with mvn -e output if you can", e);
        }
        DiscoveryReport report = new DiscoveryReport(run, project.getBasedir().toPath());
        for (SourceFile unparsed : run.unparsed()) {
            getLog().warn(unparsed.path() + ":[" + unparsed.problem().line() + "," + unparsed.problem().column()
                    + "] not analysed: " + unparsed.problem().reason());
        }
        report.consoleLines().forEach(getLog()::info);
        try {
            for (Path written : report.write(outputPath())) {
                getLog().info("pdguard: wrote " + written);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("pdguard could not write to " + outputDirectory + ": " + e.getMessage(), e);
        }
        if (apply) {
            apply(run, config);
        } else if (!run.unsuppressed().isEmpty()) {
            getLog().info("pdguard: run with -Dpdguard.apply=true to insert these annotations into the sources");
        }
    }

    private void apply(DiscoveryRun run, AnalysisConfig config) throws MojoExecutionException {
        int declared = 0;
        int files = 0;
        try {
            List<SourceEdits.FileEdit> edits = SourceEdits.plan(run, config.encoding());
            for (SourceEdits.FileEdit edit : edits) {
                for (SourceEdits.Skipped skipped : edit.skipped()) {
                    getLog().warn(edit.file() + ":[" + skipped.candidate().line() + "," + skipped.candidate().column()
                            + "] not annotated: " + skipped.reason());
                }
                if (edit.changed()) {
                    edit.write();
                    declared += edit.declared().size();
                    files++;
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("pdguard could not update the sources: " + e.getMessage(), e);
        }
        getLog().info("pdguard: declared " + declared + " field" + (declared == 1 ? "" : "s") + " and record component"
                + (declared == 1 ? "" : "s") + " in " + files + " file" + (files == 1 ? "" : "s")
                + "; fill in their purposes and retention, which check reports as missing until then");
    }
}
