package io.github.pdguard.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Accepted findings ({@code pdguard-baseline.json}): {@code check} fails only on findings that are
 * not in it. Entries are recognised by rule and fingerprint (see {@link Fingerprints}), never by
 * line number, so they survive code moving. Several equal findings (the same line twice in one
 * member) need as many entries: the baseline is a multiset. The file is written by the
 * {@code baseline} goal only, sorted, and keeps every entry's {@code reason} when rewritten.
 *
 * <pre>
 * {
 *   "comment": "...",
 *   "version": 1,
 *   "findings": [
 *     { "rule": "log-leak", "file": "src/main/java/shop/Orders.java", "member": "Orders.place",
 *       "fingerprint": "3f2a…", "reason": "legacy audit log, JIRA-12" }
 *   ]
 * }
 * </pre>
 */
public final class Baseline {
    public static final int VERSION = 1;
    private static final String COMMENT = "pdguard baseline: accepted findings; mvn pdguard:check fails only on findings"
            + " not listed here. Written by mvn pdguard:baseline (which keeps each entry's \"reason\"); do not edit"
            + " fingerprints by hand.";
    private static final Set<String> ENTRY_KEYS = Set.of("rule", "file", "member", "fingerprint", "reason");
    private static final Set<String> TOP_KEYS = Set.of("comment", "version", "findings");
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::file)
            .thenComparing(Entry::rule)
            .thenComparing(e -> e.member() == null ? "" : e.member())
            .thenComparing(Entry::fingerprint)
            .thenComparing(e -> e.reason() == null ? "" : e.reason());

    /**
     * One accepted finding.
     *
     * @param file   relative to the top of the build, with {@code /}
     * @param member the enclosing member, or {@code null}
     * @param reason why it is accepted, or {@code null}
     */
    public record Entry(String rule, String file, String member, String fingerprint, String reason) {
        String key() {
            return rule + "\u0000" + fingerprint;
        }
    }

    /** How current findings relate to a baseline. */
    public record Comparison(Path file, int newFindings, int baselined, List<Entry> fixed) {
        /** {@code 3 new, 12 baselined, 1 fixed since the baseline}. */
        public String summary() {
            return newFindings + " new, " + baselined + " baselined, " + fixed.size() + " fixed since the baseline";
        }
    }

    private final List<Entry> entries;

    public Baseline(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        this.entries = List.copyOf(sorted);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Reads a baseline file; anything that is not a baseline is a {@link BaselineException} naming the file. */
    public static Baseline read(Path file) throws BaselineException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BaselineException("pdguard cannot read the baseline file " + file + ": " + e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw corrupt(file, "it is not UTF-8 text");
        }
        return parse(text, file);
    }

    /** Parses the text of a baseline file; {@code file} is only named in messages. */
    public static Baseline parse(String text, Path file) throws BaselineException {
        JsonNode root;
        try {
            ObjectReader reader = Json.MAPPER.reader()
                    .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            root = reader.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw corrupt(file, "it is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw corrupt(file, "it is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw corrupt(file, "it is empty");
        }
        if (!(root instanceof ObjectNode object)) {
            throw corrupt(file, "it must be a JSON object with a \"findings\" array, not " + describe(root));
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_KEYS.contains(name)) {
                throw corrupt(file, "unknown key \"" + name + "\" (allowed: comment, version, findings)");
            }
        }
        JsonNode version = object.get("version");
        if (version != null && !(version.isInt() && version.intValue() == VERSION)) {
            throw corrupt(file, "\"version\" is " + version + "; this pdguard reads version " + VERSION);
        }
        JsonNode findings = object.get("findings");
        if (findings == null || !findings.isArray()) {
            throw corrupt(file, findings == null ? "it has no \"findings\" array"
                    : "\"findings\" must be an array, not " + describe(findings));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            entries.add(entry(findings.get(i), i, file));
        }
        return new Baseline(entries);
    }

    private static Entry entry(JsonNode node, int index, Path file) throws BaselineException {
        String where = "findings[" + index + "]";
        if (!(node instanceof ObjectNode object)) {
            throw corrupt(file, where + " must be an object, not " + describe(node));
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENTRY_KEYS.contains(name)) {
                throw corrupt(file, where + " has the unknown key \"" + name
                        + "\" (allowed: rule, file, member, fingerprint, reason)");
            }
        }
        return new Entry(text(object, "rule", true, where, file), text(object, "file", true, where, file),
                text(object, "member", false, where, file), text(object, "fingerprint", true, where, file),
                text(object, "reason", false, where, file));
    }

    private static String text(ObjectNode object, String key, boolean required, String where, Path file)
            throws BaselineException {
        JsonNode value = object.get(key);
        if (value == null || value.isNull()) {
            if (required) {
                throw corrupt(file, where + " has no \"" + key + "\" (every entry needs the strings rule, file and"
                        + " fingerprint; member and reason are optional)");
            }
            return null;
        }
        if (!value.isTextual() || (required && value.textValue().isBlank())) {
            throw corrupt(file, where + ": \"" + key + "\" must be a " + (required ? "non-empty " : "") + "string, not "
                    + describe(value));
        }
        return value.textValue();
    }

    private static BaselineException corrupt(Path file, String problem) {
        return new BaselineException("The pdguard baseline file " + file + " cannot be used: " + problem
                + ". Fix it, or delete it and run mvn pdguard:baseline to write a new one.");
    }

    private static String describe(JsonNode node) {
        String type = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        return "a" + ("aeiou".indexOf(type.charAt(0)) >= 0 ? "n " : " ") + type;
    }

    /** The parser's message without its line breaks and without Jackson's source description. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.replaceAll("\\[Source: [^;\\]]*;\\s*", "[").trim();
    }

    /** The file's text: sorted entries, fixed key order, {@code \n} line ends; equal entries give equal bytes. */
    public String toJson() {
        ObjectNode root = Json.object();
        root.put("comment", COMMENT);
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        for (Entry entry : entries) {
            ObjectNode node = findings.addObject();
            node.put("rule", entry.rule());
            node.put("file", entry.file());
            if (entry.member() != null) {
                node.put("member", entry.member());
            }
            node.put("fingerprint", entry.fingerprint());
            if (entry.reason() != null) {
                node.put("reason", entry.reason());
            }
        }
        return Json.write(root);
    }

    public void write(Path file) throws IOException {
        AtomicFiles.write(file, toJson());
    }

    /**
     * Marks the open findings that this baseline accepts as {@link ReportedFinding.Status#BASELINED}
     * (with the entry's reason). Only entries for which {@code own} holds take part (a baseline
     * shared by several modules holds entries of the others); those of them that match no finding
     * are the fixed ones.
     */
    public Match match(List<ReportedFinding> findings, Predicate<Entry> own, Path file) {
        Map<String, Deque<Entry>> available = new HashMap<>();
        for (Entry entry : entries) {
            if (own.test(entry)) {
                available.computeIfAbsent(entry.key(), k -> new ArrayDeque<>()).add(entry);
            }
        }
        List<ReportedFinding> result = new ArrayList<>(findings.size());
        int newFindings = 0;
        int baselined = 0;
        for (ReportedFinding finding : findings) {
            if (!finding.isOpen()) {
                result.add(finding);
                continue;
            }
            Deque<Entry> candidates = available.get(finding.finding().ruleId() + "\u0000" + finding.fingerprint());
            Entry entry = candidates == null ? null : candidates.poll();
            if (entry == null) {
                newFindings++;
                result.add(finding);
            } else {
                baselined++;
                result.add(finding.baselined(entry.reason()));
            }
        }
        List<Entry> fixed = new ArrayList<>();
        available.values().forEach(fixed::addAll);
        fixed.sort(ORDER);
        return new Match(result, new Comparison(file, newFindings, baselined, List.copyOf(fixed)));
    }

    /** The findings with their new status, and the counts. */
    public record Match(List<ReportedFinding> findings, Comparison comparison) {
    }

    /**
     * The baseline that accepts every finding that is not suppressed in the code, keeping the
     * reasons of the entries they matched, plus the entries of {@code previous} for which
     * {@code own} does not hold (other modules' entries in a shared baseline).
     */
    public static Baseline accepting(List<ReportedFinding> findings, Baseline previous, Predicate<Entry> own) {
        List<Entry> entries = new ArrayList<>();
        for (ReportedFinding finding : findings) {
            if (finding.status() == ReportedFinding.Status.SUPPRESSED) {
                continue;
            }
            entries.add(new Entry(finding.finding().ruleId(), finding.path(), finding.finding().member(),
                    finding.fingerprint(), finding.status() == ReportedFinding.Status.BASELINED ? finding.reason() : null));
        }
        if (previous != null) {
            previous.entries.stream().filter(own.negate()).forEach(entries::add);
        }
        return new Baseline(entries);
    }
}
