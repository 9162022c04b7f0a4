package io.github.pdguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.analysis.rules.RuleDescriptor;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pdguard.sarif}: SARIF 2.1.0 as GitHub code scanning reads it. One run; the driver lists
 * every rule of {@link RuleCatalog}; results in report order with the location relative to
 * {@code %SRCROOT%} (the top of the build), {@code partialFingerprints.primaryLocationLineHash}
 * computed here ({@link Fingerprints}), {@code suppressions} for suppressed ({@code inSource}) and
 * baselined ({@code external}) findings, and {@code codeFlows} where the finding has flow steps.
 * No timestamps, no absolute paths but {@code originalUriBaseIds}; keys in a fixed order: equal
 * input gives equal bytes.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    public static final String INFORMATION_URI = "https://github.com/pdguard/pdguard";
    static final String SRCROOT = "%SRCROOT%";

    private SarifReport() {
    }

    public static String render(ReportData data) {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "pdguard");
        driver.put("version", data.settings().toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<RuleDescriptor> descriptors = RuleCatalog.descriptors();
        for (RuleDescriptor rule : descriptors) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            rules.add(rule(rule));
        }

        if (data.settings().category() != null && !data.settings().category().isBlank()) {
            run.putObject("automationDetails").put("id", data.settings().category());
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", directoryUri(data.settings().buildRoot()));
        run.put("columnKind", "utf16CodeUnits");

        ArrayNode results = run.putArray("results");
        for (ReportedFinding reported : data.findings()) {
            results.add(result(reported, ruleIndex, data));
        }
        return Json.write(root);
    }

    private static ObjectNode rule(RuleDescriptor rule) {
        ObjectNode node = Json.object();
        node.put("id", rule.id());
        node.put("name", camelCase(rule.id()));
        node.putObject("shortDescription").put("text", sentence(rule.summary()));
        node.putObject("fullDescription").put("text", rule.description());
        String suppress = "Suppress one finding with @SuppressWarnings(\"pdguard:" + rule.id() + "\") on the"
                + " declaration around it (field, parameter, local variable, method or type), or accept the"
                + " current findings with mvn pdguard:baseline.";
        ObjectNode help = node.putObject("help");
        help.put("text", rule.description() + "\n\n" + suppress);
        help.put("markdown", "**" + sentence(rule.summary()) + "**\n\n" + rule.description() + "\n\n"
                + suppress.replace("@SuppressWarnings(\"pdguard:" + rule.id() + "\")",
                "`@SuppressWarnings(\"pdguard:" + rule.id() + "\")`").replace("mvn pdguard:baseline", "`mvn pdguard:baseline`"));
        ObjectNode configuration = node.putObject("defaultConfiguration");
        configuration.put("level", level(rule.severity()));
        if (!rule.onByDefault()) {
            configuration.put("enabled", false);
        }
        ObjectNode properties = node.putObject("properties");
        properties.set("tags", Json.strings(tags(rule.id())));
        properties.put("precision", rule.id().startsWith("probable-") || rule.id().equals("unannotated-personal-data")
                ? "medium" : "high");
        return node;
    }

    /** {@code privacy} and {@code gdpr} on every rule, then what part of the GDPR it is about. */
    static List<String> tags(String ruleId) {
        List<String> tags = new ArrayList<>(List.of("privacy", "gdpr"));
        switch (ruleId) {
            case "log-leak", "probable-log-leak", "exception-leak", "tostring-leak" -> tags.add("confidentiality");
            case "purpose-violation", "undeclared-purpose" -> tags.add("purpose-limitation");
            case "missing-retention" -> tags.add("storage-limitation");
            case "missing-purpose", "missing-legal-basis", "invalid-declaration", "unannotated-personal-data" ->
                    tags.add("declaration");
            case "parse-error" -> tags.add("correctness");
            default -> {
            }
        }
        return tags;
    }

    private static ObjectNode result(ReportedFinding reported, Map<String, Integer> ruleIndex, ReportData data) {
        Finding finding = reported.finding();
        ObjectNode result = Json.object();
        result.put("ruleId", finding.ruleId());
        Integer index = ruleIndex.get(finding.ruleId());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        ObjectNode location = result.putArray("locations").addObject();
        location.set("physicalLocation", physicalLocation(finding.file(), finding.line(), finding.column(), data));
        if (finding.member() != null) {
            location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.member());
        }
        if (reported.lineHash() != null) {
            result.putObject("partialFingerprints").put("primaryLocationLineHash", reported.lineHash());
        }
        if (!finding.flow().isEmpty()) {
            ArrayNode steps = result.putArray("codeFlows").addObject().putArray("threadFlows").addObject()
                    .putArray("locations");
            for (Finding.FlowStep step : finding.flow()) {
                ObjectNode stepLocation = steps.addObject().putObject("location");
                stepLocation.set("physicalLocation", physicalLocation(step.file(), step.line(), step.column(), data));
                stepLocation.putObject("message").put("text", step.message());
            }
        }
        switch (reported.status()) {
            case SUPPRESSED -> {
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "inSource");
                suppression.put("status", "accepted");
                suppression.put("justification", "@SuppressWarnings(\"" + finding.suppressedBy() + "\")");
            }
            case BASELINED -> {
                ObjectNode suppression = result.putArray("suppressions").addObject();
                suppression.put("kind", "external");
                suppression.put("status", "accepted");
                Path baseline = data.settings().baselineFile();
                suppression.put("justification", reported.reason() != null ? reported.reason()
                        : "accepted in the baseline " + data.settings().buildPath(baseline));
            }
            case OPEN -> {
            }
        }
        result.putObject("properties").put("pdguardFingerprint", reported.fingerprint());
        return result;
    }

    private static ObjectNode physicalLocation(Path file, int line, int column, ReportData data) {
        ObjectNode physical = Json.object();
        ObjectNode artifact = physical.putObject("artifactLocation");
        String path = data.settings().buildPath(file);
        if (file.toAbsolutePath().normalize().startsWith(data.settings().buildRoot())) {
            artifact.put("uri", relativeUri(path));
            artifact.put("uriBaseId", SRCROOT);
        } else {
            artifact.put("uri", file.toAbsolutePath().normalize().toUri().toASCIIString());
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", Math.max(1, line));
        region.put("startColumn", Math.max(1, column));
        return physical;
    }

    /** A relative path as a URI reference: {@code /} separators, spaces and non-ASCII characters percent-encoded. */
    static String relativeUri(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** {@code file:///work/shop/} — SARIF wants the base of relative URIs to end with a slash. */
    static String directoryUri(Path directory) {
        String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String camelCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** The summary as a sentence: capitalised, with a full stop. */
    static String sentence(String summary) {
        if (summary.isEmpty()) {
            return summary;
        }
        String capitalised = Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
