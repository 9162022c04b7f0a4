package io.github.pdguard.maven;

import io.github.pdguard.analysis.AnalysisConfig;
import io.github.pdguard.analysis.AnalysisException;
import io.github.pdguard.analysis.AnalysisResult;
import io.github.pdguard.analysis.Analyzer;
import io.github.pdguard.analysis.ConfigurationException;
import io.github.pdguard.analysis.classpath.ClasspathScanner;
import io.github.pdguard.analysis.source.GitChanges;
import io.github.pdguard.fork.AnalysisFork;
import io.github.pdguard.report.Baseline;
import io.github.pdguard.report.BaselineException;
import io.github.pdguard.report.OutputPaths;
import io.github.pdguard.report.ReportData;
import io.github.pdguard.report.ReportFormat;
import io.github.pdguard.report.ReportSettings;
import io.github.pdguard.report.Reports;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * What every pdguard goal shares: the parameters of SPEC §4, turned into an engine
 * {@link AnalysisConfig}. The goals only translate; the engine does the work.
 */
abstract class AbstractPdguardMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** Do nothing. */
    @Parameter(property = "pdguard.skip", defaultValue = "false")
    protected boolean skip;

    /** Analyse test sources too. */
    @Parameter(property = "pdguard.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** Ant-style patterns, relative to each source root, of the files to analyse; default all {@code .java}. */
    @Parameter(property = "pdguard.includes")
    protected List<String> includes = new ArrayList<>();

    /** Ant-style patterns, relative to each source root, of files not to analyse. */
    @Parameter(property = "pdguard.excludes")
    protected List<String> excludes = new ArrayList<>();

    /** Rule id to {@code error}, {@code warning}, {@code note} or {@code off}. */
    @Parameter
    protected Map<String, String> rules = new LinkedHashMap<>();

    /**
     * The same as {@link #rules} in one string, for the command line:
     * {@code -Dpdguard.rules=missing-legal-basis=warning,parse-error=off}.
     */
    @Parameter(property = "pdguard.rules")
    protected String rulesProperty;

    /** The catalogue of known purposes; when set, any other purpose is an {@code invalid-declaration}. */
    @Parameter(property = "pdguard.purposes")
    protected List<String> purposes = new ArrayList<>();

    /** Also require {@code legalBasis} on {@code @PersonalData}. */
    @Parameter(property = "pdguard.requireLegalBasis", defaultValue = "false")
    protected boolean requireLegalBasis;

    /** The Java version of the analysed code; by default {@code maven.compiler.release}, then {@code source}. */
    @Parameter(property = "pdguard.languageLevel")
    protected String languageLevel;

    /** Extra log sinks, each {@code fully.qualified.Type#method}: every argument of such a call is checked. */
    @Parameter(property = "pdguard.logSinks")
    protected List<String> logSinks = new ArrayList<>();

    /** Extra sanitizers, each {@code fully.qualified.Type#method}: their results are not personal data. */
    @Parameter(property = "pdguard.sanitizers")
    protected List<String> sanitizers = new ArrayList<>();

    /** Extra API sources, each {@code fully.qualified.Type#method=CATEGORY}: their results are personal data. */
    @Parameter(property = "pdguard.sources")
    protected List<String> sources = new ArrayList<>();

    /**
     * A git ref (for example {@code origin/main}): report only findings in files changed since it,
     * for pull requests. The whole code is still analysed.
     */
    @Parameter(property = "pdguard.since")
    protected String since;

    /**
     * Name-based inference: report undeclared fields whose names suggest personal data
     * ({@code unannotated-personal-data}) and such values reaching logs ({@code probable-log-leak}).
     */
    @Parameter(property = "pdguard.inferPersonalData", defaultValue = "true")
    protected boolean inferPersonalData = true;

    @Parameter(defaultValue = "${project.build.sourceEncoding}", readonly = true)
    protected String sourceEncoding;

    /**
     * The report files {@code check} writes into {@link #outputDirectory}: any of {@code sarif}
     * ({@code pdguard.sarif}), {@code json} ({@code pdguard.json}), {@code html} ({@code pdguard.html})
     * and {@code markdown} ({@code pdguard.md}), comma-separated; empty for none.
     */
    @Parameter(property = "pdguard.formats", defaultValue = "sarif,html")
    protected String formats;

    /** Where reports, the inventory, the lists of {@code discover} and the cache go. */
    @Parameter(property = "pdguard.outputDirectory", defaultValue = "${project.build.directory}/pdguard")
    protected File outputDirectory;

    /**
     * Keep the result in {@code outputDirectory/cache/analysis.json} and reuse it while no source
     * file, dependency, setting or pdguard itself changed; {@code false} analyses every time.
     */
    @Parameter(property = "pdguard.cache", defaultValue = "true")
    protected boolean cache = true;

    /**
     * {@code true}: analyse in a JVM of its own, with {@code jvmArgs} and {@code maxHeap}, as SpotBugs
     * does; {@code false}: inside Maven's JVM; {@code auto}: in a JVM of its own when the sources are
     * larger than 2 MB (about 50,000 lines), where that is faster.
     */
    @Parameter(property = "pdguard.fork", defaultValue = "auto")
    protected String fork = "auto";

    /** The forked analysis's maximum heap, as in {@code -Xmx} ({@code 2g}); default: the JVM's own default. */
    @Parameter(property = "pdguard.maxHeap")
    protected String maxHeap;

    /** Options for the forked analysis's JVM, separated by spaces. */
    @Parameter(property = "pdguard.jvmArgs", defaultValue = AnalysisFork.DEFAULT_JVM_ARGS)
    protected String jvmArgs = AnalysisFork.DEFAULT_JVM_ARGS;

    /**
     * The baseline of accepted findings: {@code check} uses it when it exists and then fails only on
     * findings not in it; {@code baseline} writes it.
     */
    @Parameter(property = "pdguard.baselineFile", defaultValue = "${project.basedir}/pdguard-baseline.json")
    protected File baselineFile;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    /** Whether {@code skip} is set; says so once. Every goal starts with it. */
    protected final boolean skipped() {
        if (skip) {
            getLog().info("pdguard: skipped (pdguard.skip)");
        }
        return skip;
    }

    protected final AnalysisConfig configuration() throws MojoFailureException {
        List<Path> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        if (includeTests) {
            project.getTestCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        }
        try {
            AnalysisConfig.Builder builder = AnalysisConfig.builder();
            if (cache) {
                builder.cacheFile(outputPath().resolve("cache").resolve("analysis.json"));
            }
            if (since != null && !since.isBlank()) {
                builder.reportOnly(GitChanges.since(since.trim(), project.getBasedir().toPath()));
            }
            return builder
                    .sourceRoots(roots)
                    .includes(nonBlank(includes))
                    .excludes(nonBlank(excludes))
                    .rules(rules == null ? Map.of() : rules)
                    .rules(parseRulesProperty())
                    .purposes(purposes == null ? List.of() : purposes)
                    .requireLegalBasis(requireLegalBasis)
                    .languageLevel(effectiveLanguageLevel())
                    .logSinks(nonBlank(logSinks))
                    .sanitizers(nonBlank(sanitizers))
                    .sources(nonBlank(sources))
                    .inferPersonalData(inferPersonalData)
                    .encoding(sourceEncoding)
                    .classpath(dependencyClasspath())
                    .classpathScanner(sharedClasspathScanner())
                    .build();
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /**
     * Compiled classes of other modules and dependency jars (SPEC 3.5): their declarations count as
     * declared here. The module's own output is left out; its sources are analysed instead.
     */
    private List<Path> dependencyClasspath() throws MojoFailureException {
        try {
            Path own = Path.of(project.getBuild().getOutputDirectory()).toAbsolutePath().normalize();
            return project.getCompileClasspathElements().stream()
                    .map(element -> Path.of(element).toAbsolutePath().normalize())
                    .filter(element -> !element.equals(own))
                    .toList();
        } catch (org.apache.maven.artifact.DependencyResolutionRequiredException e) {
            throw new MojoFailureException("pdguard needs the module's compile classpath: " + e.getMessage());
        }
    }

    private static final String SCANNER_KEY = ClasspathScanner.class.getName();

    /**
     * One classpath scanner for the whole build session (not static: it lives in the session's data),
     * so each dependency jar is read once however many modules use it; thread-safe for {@code -T}.
     */
    private ClasspathScanner sharedClasspathScanner() {
        if (session == null || session.getRepositorySession() == null) {
            return new ClasspathScanner(ClasspathScanner.defaultThreads(), false);
        }
        org.eclipse.aether.SessionData data = session.getRepositorySession().getData();
        Object existing = data.get(SCANNER_KEY);
        if (existing == null) {
            ClasspathScanner created = new ClasspathScanner(ClasspathScanner.defaultThreads(), true);
            existing = data.set(SCANNER_KEY, null, created) ? created : data.get(SCANNER_KEY);
        }
        return existing instanceof ClasspathScanner scanner ? scanner
                : new ClasspathScanner(ClasspathScanner.defaultThreads(), false);
    }

    protected final AnalysisResult analyze(AnalysisConfig config) throws MojoExecutionException, MojoFailureException {
        try {
            Analyzer analyzer = new Analyzer(config);
            AnalysisResult result;
            String mode = forkMode();
            List<Path> files = mode.equals("false") ? List.of() : analyzer.sourceFiles();
            if (mode.equals("false") || mode.equals("auto") && !AnalysisFork.worthForking(files)) {
                result = analyzer.analyze();
            } else {
                AnalysisFork analysisFork = analysisFork(); // checks maxHeap also when the stored result is used
                // The cache is looked up here: starting a JVM costs more than reading a stored result.
                Optional<Analyzer.CacheLookup> lookup = analyzer.lookUpCache(files);
                if (lookup.isPresent() && lookup.get().stored().isPresent()) {
                    result = lookup.get().stored().get();
                } else {
                    getLog().debug("pdguard: analysing in a separate JVM: " + String.join(" ", analysisFork.command()));
                    result = lookup.isPresent() ? analysisFork.analyzeAfterMiss(config.request(), lookup.get())
                            : analysisFork.analyze(config.request());
                }
            }
            result.warnings().forEach(warning -> getLog().warn("pdguard: " + warning));
            return result;
        } catch (IOException e) {
            throw new MojoExecutionException("pdguard could not read the sources: " + e.getMessage(), e);
        } catch (AnalysisException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("pdguard internal error (" + e + "); please report it at"
                    + " https://github.com/pdguard/pdguard/issues, with mvn -e output if you can", e);
        }
    }

    /** The {@code fork} parameter: {@code true}, {@code false} or {@code auto}. */
    private String forkMode() throws MojoFailureException {
        String value = fork == null ? "auto" : fork.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("true", "false", "auto").contains(value)) {
            throw new MojoFailureException("Parameter 'fork': '" + fork + "' is not one of true, false, auto");
        }
        return value;
    }

    private AnalysisFork analysisFork() throws MojoFailureException {
        List<String> options = jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+"));
        try {
            return new AnalysisFork(options, maxHeap);
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /** The {@code formats} parameter, checked before any work is done. */
    protected final Set<ReportFormat> reportFormats() throws MojoFailureException {
        try {
            return ReportFormat.parseList(formats);
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    /**
     * The top of the build (the multi-module root, {@code session.topLevelProject}): report paths,
     * SARIF {@code %SRCROOT%} and baseline entries are relative to it.
     */
    protected final Path buildRoot() {
        MavenProject top = session == null ? null : session.getTopLevelProject();
        if (top != null && top.getBasedir() != null) {
            return top.getBasedir().toPath().toAbsolutePath().normalize();
        }
        if (session != null && session.getExecutionRootDirectory() != null) {
            return Path.of(session.getExecutionRootDirectory()).toAbsolutePath().normalize();
        }
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    protected final ReportSettings reportSettings(AnalysisConfig config) {
        Path root = buildRoot();
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        String relative = module.startsWith(root) ? root.relativize(module).toString().replace('\\', '/') : "";
        String category = "pdguard/" + (relative.isEmpty() ? "" : relative + "/");
        String title = project.getName() != null && !project.getName().isBlank() ? project.getName() : project.getArtifactId();
        Charset charset = config == null ? StandardCharsets.UTF_8 : config.encoding();
        return new ReportSettings(title, pluginVersion == null ? "unknown" : pluginVersion, root, module,
                baselineFile.toPath(), category, charset);
    }

    /**
     * The baseline file when it exists, or {@code null}; one that cannot be read (a directory, a
     * link to nowhere) or is corrupt stops the build with one message.
     */
    protected final Baseline existingBaseline() throws MojoFailureException {
        Path file = baselineFile.toPath();
        try {
            OutputPaths.checkReadableBaseline("baselineFile", file);
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Baseline.read(file);
        } catch (BaselineException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    protected final ReportData prepareReports(AnalysisResult result, AnalysisConfig config, Baseline baseline) {
        return Reports.prepare(result, reportSettings(config), baseline);
    }

    /** Stops the build before any analysis when the reports could not be written into {@code outputDirectory}. */
    protected final void checkOutputDirectory() throws MojoFailureException {
        try {
            OutputPaths.checkWritableDirectory("outputDirectory", outputPath());
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage());
        }
    }

    protected final Path outputPath() {
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    protected static String fileWriteProblem(Path directory, IOException e) {
        return "pdguard could not write its reports into " + directory + ": " + e;
    }

    private Map<String, String> parseRulesProperty() throws ConfigurationException {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (rulesProperty == null || rulesProperty.isBlank()) {
            return parsed;
        }
        for (String entry : rulesProperty.split(",")) {
            String[] parts = entry.split("[=:]", 2);
            if (parts.length != 2) {
                throw new ConfigurationException("rules", "'" + entry.trim()
                        + "' is not of the form rule-id=severity (for example missing-legal-basis=warning)");
            }
            parsed.put(parts[0].trim(), parts[1].trim());
        }
        return parsed;
    }

    private String effectiveLanguageLevel() {
        if (languageLevel != null && !languageLevel.isBlank()) {
            return languageLevel;
        }
        Properties properties = project.getProperties();
        for (String key : List.of("maven.compiler.release", "maven.compiler.source")) {
            String value = properties.getProperty(key);
            if (value != null && !value.isBlank() && !value.contains("${")) {
                return value;
            }
        }
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom configuration) {
            for (String key : List.of("release", "source")) {
                Xpp3Dom child = configuration.getChild(key);
                if (child != null && child.getValue() != null && !child.getValue().contains("${")) {
                    return child.getValue();
                }
            }
        }
        return AnalysisConfig.DEFAULT_LANGUAGE_LEVEL;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
    }
}
