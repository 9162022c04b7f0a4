package io.github.pdguard.analysis;

import io.github.pdguard.analysis.classpath.ClasspathConstants;
import io.github.pdguard.analysis.classpath.ClasspathDeclarations;
import io.github.pdguard.analysis.classpath.ClasspathScanner;
import io.github.pdguard.analysis.model.DeclarationIndex;
import io.github.pdguard.analysis.model.ProjectIndex;
import io.github.pdguard.analysis.rules.AnalysisModel;
import io.github.pdguard.analysis.rules.Rule;
import io.github.pdguard.analysis.rules.RuleContext;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.analysis.source.JavaSourceParser;
import io.github.pdguard.analysis.source.SourceFile;
import io.github.pdguard.analysis.source.SourceFinder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The engine: finds the sources, parses each file once, builds the index, runs every enabled rule
 * over it and returns the findings sorted. Knows nothing of Maven.
 */
public final class Analyzer {
    private final AnalysisConfig config;

    public Analyzer(AnalysisConfig config) {
        this.config = config;
    }

    public AnalysisResult analyze() throws IOException {
        long start = System.nanoTime();
        List<Path> files = new SourceFinder(config.includes(), config.excludes()).find(config.sourceRoots());
        List<SourceFile> parsed = new JavaSourceParser(config.languageLevel(), config.encoding(), config.threads())
                .parseAll(files);
        ClasspathDeclarations classpath = config.classpath().isEmpty() ? ClasspathDeclarations.empty()
                : new ClasspathScanner(config.threads()).scan(config.classpath());
        AnalysisModel model = model(parsed, classpath, new ClasspathConstants(config.classpath()));
        List<Finding> findings = analyze(model);
        Inventory inventory = Inventory.build(model, findings);
        long lines = parsed.stream().mapToLong(SourceFile::lineCount).sum();
        List<String> warnings = classpath.problems().stream()
                .map(p -> "cannot read declarations from the classpath: " + p.describe()).toList();
        return new AnalysisResult(findings, files.size(), lines, Duration.ofNanos(System.nanoTime() - start),
                inventory, warnings);
    }

    /** Runs the rules over already parsed files. */
    public List<Finding> analyze(List<SourceFile> parsed) {
        return analyze(model(parsed, ClasspathDeclarations.empty(), ClasspathConstants.NONE));
    }

    /** Runs the rules over already parsed files, with the declarations of compiled classes. */
    public List<Finding> analyze(List<SourceFile> parsed, ClasspathDeclarations classpath) {
        return analyze(model(parsed, classpath, ClasspathConstants.NONE));
    }

    private AnalysisModel model(List<SourceFile> parsed, ClasspathDeclarations classpath, ClasspathConstants constants) {
        return new AnalysisModel(new DeclarationIndex(new ProjectIndex(parsed), constants), config.flowOptions(), classpath);
    }

    private List<Finding> analyze(AnalysisModel model) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleCatalog.newRules()) {
            Optional<Severity> severity = config.severityOf(rule.descriptor());
            if (severity.isPresent()) {
                rule.check(new RuleContext(rule.descriptor(), severity.get(), config, model, findings));
            }
        }
        findings.sort(Finding.ORDER);
        if (config.reportOnly().isPresent()) {
            Set<Path> wanted = config.reportOnly().get();
            findings.removeIf(f -> !wanted.contains(f.file().toAbsolutePath().normalize()));
        }
        return List.copyOf(findings);
    }
}
