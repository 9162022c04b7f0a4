package io.github.pdguard.analysis;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import io.github.pdguard.analysis.flow.FlowOptions;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.analysis.rules.RuleDescriptor;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Everything the engine needs to know about one analysis, validated once. Front ends (the Maven
 * mojos, tests, a future command line) fill a {@link Builder}; a value that cannot be used fails
 * {@link Builder#build()} with a {@link ConfigurationException} naming the parameter.
 */
public final class AnalysisConfig {
    /** Used when the project does not say which Java version it is written in. */
    public static final String DEFAULT_LANGUAGE_LEVEL = "17";
    private static final Pattern METHOD_REFERENCE =
            Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*#[A-Za-z_$][\\w$]*");

    private final List<Path> sourceRoots;
    private final List<String> includes;
    private final List<String> excludes;
    private final LanguageLevel languageLevel;
    private final String languageLevelName;
    private final Charset encoding;
    private final Set<String> purposeCatalogue;
    private final boolean requireLegalBasis;
    private final Map<String, Optional<Severity>> severities;
    private final int threads;
    private final FlowOptions flowOptions;
    private final List<Path> classpath;
    private final Set<Path> reportOnly;
    private final io.github.pdguard.analysis.classpath.ClasspathScanner classpathScanner;
    private final boolean inferPersonalData;
    private final Path cacheFile;
    private final String outOfMemoryAdvice;
    private final AnalysisRequest request;

    private AnalysisConfig(Builder b, LanguageLevel level, Charset encoding, Map<String, Optional<Severity>> severities,
                           FlowOptions flowOptions) {
        this.sourceRoots = List.copyOf(b.sourceRoots);
        this.includes = b.includes.isEmpty() ? List.of("**/*.java") : List.copyOf(b.includes);
        this.excludes = List.copyOf(b.excludes);
        this.languageLevel = level;
        this.languageLevelName = b.languageLevel;
        this.encoding = encoding;
        this.purposeCatalogue = Set.copyOf(b.purposeCatalogue);
        this.requireLegalBasis = b.requireLegalBasis;
        this.severities = Map.copyOf(severities);
        this.threads = b.threads;
        this.flowOptions = flowOptions;
        this.classpath = List.copyOf(b.classpath);
        this.reportOnly = b.reportOnly == null ? null : Set.copyOf(b.reportOnly);
        this.classpathScanner = b.classpathScanner;
        this.inferPersonalData = b.inferPersonalData;
        this.cacheFile = b.cacheFile;
        this.outOfMemoryAdvice = b.outOfMemoryAdvice;
        this.request = new AnalysisRequest(strings(b.sourceRoots), List.copyOf(b.includes), List.copyOf(b.excludes),
                b.languageLevel, b.encoding, List.copyOf(b.purposeCatalogue), b.requireLegalBasis,
                new LinkedHashMap<>(b.rules), b.threads, List.copyOf(b.logSinks), List.copyOf(b.sanitizers),
                List.copyOf(b.sources), strings(b.classpath),
                b.reportOnly == null ? null : strings(b.reportOnly).stream().sorted().toList(),
                b.cacheFile == null ? null : b.cacheFile.toString(), b.inferPersonalData);
    }

    /** In their order: on the classpath the first declaration of a class counts. */
    private static List<String> strings(Collection<Path> paths) {
        return paths.stream().map(Path::toString).toList();
    }

    /** The inputs this configuration was built from, to build the same one in another process. */
    public AnalysisRequest request() {
        return request;
    }

    /**
     * What to tell a user whose analysis ran out of heap; {@code %d} is a suggested size in GB.
     * It depends on the front end: Maven's own heap, or the forked analysis's.
     */
    public String outOfMemoryAdvice() {
        return outOfMemoryAdvice;
    }

    /** Where the results of the last analysis are kept for the next (empty: no cache). */
    public Optional<Path> cacheFile() {
        return Optional.ofNullable(cacheFile);
    }

    /**
     * Everything in this configuration that can change a finding, as text: part of the cache key.
     * Not in it: the thread count, the classpath scanner and the cache file. A new setting that
     * changes findings belongs here.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        text.append("roots=").append(sourceRoots.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList());
        text.append("\nincludes=").append(includes).append("\nexcludes=").append(excludes);
        text.append("\nlanguageLevel=").append(languageLevel).append("\nencoding=").append(encoding.name());
        text.append("\npurposes=").append(new TreeSet<>(purposeCatalogue)).append("\nrequireLegalBasis=").append(requireLegalBasis);
        text.append("\nrules=").append(new TreeMap<>(severities));
        text.append("\nlogSinks=").append(new TreeSet<>(flowOptions.logSinks()));
        text.append("\nsanitizers=").append(new TreeSet<>(flowOptions.sanitizers()));
        text.append("\nsources=").append(new TreeMap<>(flowOptions.sources()));
        text.append("\ninferPersonalData=").append(inferPersonalData).append(flowOptions.inferPersonalData());
        text.append("\nclasspath=").append(classpath);
        text.append("\nreportOnly=").append(reportOnly == null ? "all" : new TreeSet<>(reportOnly));
        return text.toString();
    }

    /**
     * When set (pull-request mode), only findings in these files are reported; the whole code is
     * still analysed, so that flows through unchanged files are followed.
     */
    public Optional<Set<Path>> reportOnly() {
        return Optional.ofNullable(reportOnly);
    }

    /**
     * The scanner that reads the classpath; a front end may share one (with its jar cache) across
     * the modules of a build so that every dependency jar is read once.
     */
    public io.github.pdguard.analysis.classpath.ClasspathScanner classpathScanner() {
        return classpathScanner != null ? classpathScanner : new io.github.pdguard.analysis.classpath.ClasspathScanner(threads);
    }

    /** Compiled classes and jars whose pdguard declarations count as if they were in the sources (SPEC 3.5). */
    public List<Path> classpath() {
        return classpath;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    public LanguageLevel languageLevel() {
        return languageLevel;
    }

    /** The level as the user wrote it (for messages). */
    public String languageLevelName() {
        return languageLevelName;
    }

    public Charset encoding() {
        return encoding;
    }

    /** The known purposes; empty when no catalogue is configured. */
    public Set<String> purposeCatalogue() {
        return purposeCatalogue;
    }

    public boolean requireLegalBasis() {
        return requireLegalBasis;
    }

    public int threads() {
        return threads;
    }

    /** The configured extra log sinks, sanitizers and API sources. */
    public FlowOptions flowOptions() {
        return flowOptions;
    }

    /**
     * Whether name-based inference is on: {@code unannotated-personal-data} and
     * {@code probable-log-leak} report nothing when it is off.
     */
    public boolean inferPersonalData() {
        return inferPersonalData;
    }

    /** The configured severity of a rule, or its default; empty when the rule is off. */
    public Optional<Severity> severityOf(RuleDescriptor rule) {
        return severities.getOrDefault(rule.id(), rule.defaultSeverity());
    }

    public static final class Builder {
        private final List<Path> sourceRoots = new ArrayList<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private String languageLevel = DEFAULT_LANGUAGE_LEVEL;
        private String encoding = StandardCharsets.UTF_8.name();
        private final Set<String> purposeCatalogue = new TreeSet<>();
        private boolean requireLegalBasis;
        private final Map<String, String> rules = new LinkedHashMap<>();
        private int threads = Runtime.getRuntime().availableProcessors();
        private final List<String> logSinks = new ArrayList<>();
        private final List<String> sanitizers = new ArrayList<>();
        private final List<String> sources = new ArrayList<>();
        private final List<Path> classpath = new ArrayList<>();
        private Set<Path> reportOnly;
        private io.github.pdguard.analysis.classpath.ClasspathScanner classpathScanner;
        private boolean inferPersonalData = true;
        private Path cacheFile;
        private String outOfMemoryAdvice = "Give Maven a larger heap, for example MAVEN_OPTS=-Xmx%dg";

        private Builder() {
        }

        /** How a user whose analysis ran out of heap gives it more; {@code %d} is a suggested size in GB. */
        public Builder outOfMemoryAdvice(String advice) {
            outOfMemoryAdvice = advice;
            return this;
        }

        public Builder sourceRoots(Collection<Path> roots) {
            sourceRoots.addAll(roots);
            return this;
        }

        public Builder sourceRoot(Path root) {
            sourceRoots.add(root);
            return this;
        }

        public Builder includes(Collection<String> patterns) {
            includes.addAll(patterns);
            return this;
        }

        public Builder excludes(Collection<String> patterns) {
            excludes.addAll(patterns);
            return this;
        }

        /** A Java version as in {@code maven.compiler.release}: {@code 8}, {@code 1.8}, {@code 17}, {@code 21}. */
        public Builder languageLevel(String level) {
            if (level != null && !level.isBlank()) {
                languageLevel = level.trim();
            }
            return this;
        }

        public Builder encoding(String charsetName) {
            if (charsetName != null && !charsetName.isBlank()) {
                encoding = charsetName.trim();
            }
            return this;
        }

        public Builder purposes(Collection<String> catalogue) {
            catalogue.stream().map(String::trim).filter(s -> !s.isEmpty()).forEach(purposeCatalogue::add);
            return this;
        }

        public Builder requireLegalBasis(boolean require) {
            requireLegalBasis = require;
            return this;
        }

        /** Rule id to {@code error}, {@code warning}, {@code note} or {@code off}. */
        public Builder rules(Map<String, String> severityByRule) {
            rules.putAll(severityByRule);
            return this;
        }

        public Builder rule(String ruleId, String severity) {
            rules.put(ruleId, severity);
            return this;
        }

        /** Extra log sinks, each {@code fully.qualified.Type#method}. */
        public Builder logSinks(Collection<String> entries) {
            logSinks.addAll(entries);
            return this;
        }

        /** Extra sanitizers, each {@code fully.qualified.Type#method}. */
        public Builder sanitizers(Collection<String> entries) {
            sanitizers.addAll(entries);
            return this;
        }

        /** Extra API sources, each {@code fully.qualified.Type#method=CATEGORY}. */
        public Builder sources(Collection<String> entries) {
            sources.addAll(entries);
            return this;
        }

        /** Directories of classes and jars of other modules and dependencies. */
        public Builder classpath(Collection<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        /** Report only findings in these files (absolute paths), e.g. the files changed since a git ref. */
        public Builder reportOnly(Collection<Path> files) {
            reportOnly = files.stream().map(p -> p.toAbsolutePath().normalize()).collect(java.util.stream.Collectors.toSet());
            return this;
        }

        /** A scanner shared by several analyses (one per module of a build) so that jars are read once. */
        public Builder classpathScanner(io.github.pdguard.analysis.classpath.ClasspathScanner scanner) {
            classpathScanner = scanner;
            return this;
        }

        /** Name-based inference of personal data (default on). */
        /** Keep each result in this file and reuse it while nothing it depends on changed. */
        public Builder cacheFile(Path file) {
            this.cacheFile = file;
            return this;
        }

        public Builder inferPersonalData(boolean infer) {
            inferPersonalData = infer;
            return this;
        }

        public Builder threads(int count) {
            threads = Math.max(1, count);
            return this;
        }

        public AnalysisConfig build() throws ConfigurationException {
            return new AnalysisConfig(this, parseLanguageLevel(languageLevel), parseEncoding(encoding), parseSeverities(),
                    new FlowOptions(methodReferences("logSinks", logSinks), methodReferences("sanitizers", sanitizers),
                            parseSources(), inferPersonalData));
        }

        private static Set<String> methodReferences(String parameter, List<String> entries) throws ConfigurationException {
            Set<String> parsed = new TreeSet<>();
            for (String entry : entries) {
                String trimmed = entry == null ? "" : entry.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!METHOD_REFERENCE.matcher(trimmed).matches()) {
                    throw new ConfigurationException(parameter, "'" + trimmed
                            + "' is not of the form fully.qualified.Type#method (for example com.acme.AuditLog#write)");
                }
                parsed.add(trimmed);
            }
            return parsed;
        }

        private Map<String, String> parseSources() throws ConfigurationException {
            Map<String, String> parsed = new TreeMap<>();
            Set<String> categories = new TreeSet<>();
            for (Category category : Category.values()) {
                categories.add(category.name());
            }
            for (String entry : sources) {
                String trimmed = entry == null ? "" : entry.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                int equals = trimmed.indexOf('=');
                String method = equals < 0 ? trimmed : trimmed.substring(0, equals).trim();
                String category = equals < 0 ? "" : trimmed.substring(equals + 1).trim();
                if (!METHOD_REFERENCE.matcher(method).matches() || !categories.contains(category)) {
                    throw new ConfigurationException("sources", "'" + trimmed
                            + "' is not of the form fully.qualified.Type#method=CATEGORY with CATEGORY one of "
                            + String.join(", ", categories) + " (for example com.acme.Geo#lookup=LOCATION)");
                }
                parsed.put(method, category);
            }
            return parsed;
        }

        private Map<String, Optional<Severity>> parseSeverities() throws ConfigurationException {
            Map<String, Optional<Severity>> parsed = new LinkedHashMap<>();
            for (Map.Entry<String, String> entry : rules.entrySet()) {
                String id = entry.getKey() == null ? "" : entry.getKey().trim();
                if (RuleCatalog.byId(id).isEmpty()) {
                    throw new ConfigurationException("rules", "unknown rule id '" + id + "'; known rule ids: "
                            + String.join(", ", RuleCatalog.ids()));
                }
                String value = entry.getValue() == null ? "" : entry.getValue().trim().toLowerCase(Locale.ROOT);
                if (value.equals("off")) {
                    parsed.put(id, Optional.empty());
                    continue;
                }
                Optional<Severity> severity = Severity.parse(value);
                if (severity.isEmpty()) {
                    throw new ConfigurationException("rules", "rule '" + id + "' has severity '" + entry.getValue()
                            + "'; allowed: " + Severity.allowedValues() + ", off");
                }
                parsed.put(id, severity);
            }
            return parsed;
        }

        static LanguageLevel parseLanguageLevel(String text) throws ConfigurationException {
            String version = text.startsWith("1.") ? text.substring(2) : text;
            if (version.matches("\\d+")) {
                int major = Integer.parseInt(version);
                String name = major <= 4 ? "JAVA_1_" + major : "JAVA_" + major;
                for (LanguageLevel level : LanguageLevel.values()) {
                    if (level.name().equals(name) && major >= 8) {
                        return level;
                    }
                }
            }
            throw new ConfigurationException("languageLevel", "'" + text
                    + "' is not a Java version pdguard can parse; use a release from 8 to " + newestLevel()
                    + " (for example 17), as in maven.compiler.release");
        }

        private static int newestLevel() {
            int newest = 8;
            for (LanguageLevel level : LanguageLevel.values()) {
                String digits = level.name().substring("JAVA_".length());
                if (digits.matches("\\d+")) {
                    newest = Math.max(newest, Integer.parseInt(digits));
                }
            }
            return newest;
        }

        private static Charset parseEncoding(String name) throws ConfigurationException {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("encoding", "'" + name
                        + "' is not a character set this Java knows; use for example UTF-8 (project.build.sourceEncoding)");
            }
        }
    }
}
