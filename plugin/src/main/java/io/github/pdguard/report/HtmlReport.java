package io.github.pdguard.report;

import io.github.pdguard.analysis.Finding;
import io.github.pdguard.analysis.Inventory;
import io.github.pdguard.analysis.Severity;
import io.github.pdguard.analysis.rules.RuleCatalog;
import io.github.pdguard.analysis.rules.RuleDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pdguard.html}: one self-contained page for a person (a developer, a data-protection
 * officer). Summary counts per severity and rule; the findings grouped by rule and file, each with
 * the two lines of code before and after it; filters by rule, severity and status that hide and
 * show the findings; the inventory (records of processing). Inline CSS and JavaScript only; a
 * Content-Security-Policy forbids loading anything else. No timestamps: equal input, equal bytes.
 */
public final class HtmlReport {
    /** Lines of code shown before and after a finding's line. */
    static final int CONTEXT_LINES = 2;

    private HtmlReport() {
    }

    public static String render(ReportData data) {
        StringBuilder html = new StringBuilder(64 * 1024);
        String title = "pdguard report: " + data.settings().title();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
                .append("<meta name=\"generator\" content=\"pdguard ").append(Text.html(data.settings().toolVersion())).append("\">\n")
                .append("<title>").append(Text.html(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        html.append("<header>\n<h1>").append(Text.html(title)).append("</h1>\n<p class=\"meta\">pdguard ")
                .append(Text.html(data.settings().toolVersion())).append(" · ")
                .append(Text.plural(data.filesAnalysed(), "file")).append(", ")
                .append(String.format(java.util.Locale.ROOT, "%,d", data.linesAnalysed())).append(" lines analysed");
        if (data.baseline() != null) {
            html.append(" · baseline ").append(Text.html(data.settings().buildPath(data.baseline().file()))).append(": ")
                    .append(Text.html(data.baseline().summary()));
        }
        html.append("</p>\n<nav><a href=\"#summary\">Summary</a> <a href=\"#findings\">Findings</a> ")
                .append("<a href=\"#inventory\">Inventory</a></nav>\n</header>\n<main>\n");
        summary(html, data);
        findings(html, data);
        inventory(html, data);
        html.append("</main>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, ReportData data) {
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">\n");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            html.append("<div class=\"card sev-").append(severity.id()).append("\"><span class=\"n\" id=\"count-")
                    .append(severity.id()).append("\">").append(data.countOpen(severity)).append("</span> open ")
                    .append(severity.id()).append(data.countOpen(severity) == 1 ? "" : "s").append("</div>\n");
        }
        html.append("<div class=\"card\"><span class=\"n\" id=\"count-suppressed\">")
                .append(data.count(ReportedFinding.Status.SUPPRESSED)).append("</span> suppressed</div>\n")
                .append("<div class=\"card\"><span class=\"n\" id=\"count-baselined\">")
                .append(data.count(ReportedFinding.Status.BASELINED)).append("</span> baselined</div>\n</div>\n");
        Map<String, long[]> byRule = countsByRule(data);
        if (byRule.isEmpty()) {
            html.append("<p class=\"clean\">No findings.</p>\n");
        } else {
            html.append("<table class=\"by-rule\">\n<thead><tr><th>Rule</th><th>Severity</th><th>Open</th>")
                    .append("<th>Suppressed</th><th>Baselined</th><th>What it means</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, long[]> entry : byRule.entrySet()) {
                RuleDescriptor rule = RuleCatalog.byId(entry.getKey()).orElse(null);
                long[] counts = entry.getValue();
                String severity = data.findings().stream().filter(f -> f.finding().ruleId().equals(entry.getKey()))
                        .map(f -> f.finding().severity().id()).findFirst().orElse("");
                html.append("<tr><td><a href=\"#rule-").append(Text.html(entry.getKey())).append("\">")
                        .append(Text.html(entry.getKey())).append("</a></td><td><span class=\"sev sev-")
                        .append(severity).append("\">").append(severity).append("</span></td><td>").append(counts[0])
                        .append("</td><td>").append(counts[1]).append("</td><td>").append(counts[2]).append("</td><td>")
                        .append(rule == null ? "" : Text.html(SarifReport.sentence(rule.summary()))).append("</td></tr>\n");
            }
            html.append("</tbody>\n</table>\n");
        }
        html.append("</section>\n");
    }

    /** Per rule in catalogue order: open, suppressed, baselined. */
    private static Map<String, long[]> countsByRule(ReportData data) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String id : ruleOrder(data)) {
            long[] c = new long[3];
            data.findings().stream().filter(f -> f.finding().ruleId().equals(id)).forEach(f -> c[f.status().ordinal()]++);
            counts.put(id, c);
        }
        return counts;
    }

    /** The rules that have findings, in catalogue order (unknown ids last). */
    private static List<String> ruleOrder(ReportData data) {
        List<String> order = new ArrayList<>();
        for (String id : RuleCatalog.ids()) {
            if (data.findings().stream().anyMatch(f -> f.finding().ruleId().equals(id))) {
                order.add(id);
            }
        }
        data.findings().stream().map(f -> f.finding().ruleId()).distinct().sorted()
                .filter(id -> !order.contains(id)).forEach(order::add);
        return order;
    }

    private static void findings(StringBuilder html, ReportData data) {
        int total = data.findings().size();
        html.append("<section id=\"findings\">\n<h2>Findings</h2>\n");
        if (total == 0) {
            html.append("<p class=\"clean\">pdguard found nothing to report.</p>\n</section>\n");
            return;
        }
        List<String> rules = ruleOrder(data);
        html.append("<form id=\"filters\" onsubmit=\"return false\">\n<fieldset><legend>Rule</legend>\n");
        Map<String, long[]> counts = countsByRule(data);
        for (String rule : rules) {
            long n = counts.get(rule)[0] + counts.get(rule)[1] + counts.get(rule)[2];
            checkbox(html, "rule", rule, rule + " (" + n + ")");
        }
        html.append("</fieldset>\n<fieldset><legend>Severity</legend>\n");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            long n = data.findings().stream().filter(f -> f.finding().severity() == severity).count();
            checkbox(html, "severity", severity.id(), severity.id() + " (" + n + ")");
        }
        html.append("</fieldset>\n<fieldset><legend>Status</legend>\n");
        for (ReportedFinding.Status status : ReportedFinding.Status.values()) {
            checkbox(html, "status", status.id(), status.id() + " (" + data.count(status) + ")");
        }
        html.append("</fieldset>\n<p class=\"shown\"><span id=\"shown-count\">").append(total).append("</span> of ")
                .append(total).append(" findings shown <button type=\"button\" id=\"filter-all\">Show all</button></p>\n")
                .append("</form>\n<p id=\"no-match\" hidden>No finding matches the filters.</p>\n");
        int number = 0;
        for (String rule : rules) {
            List<ReportedFinding> ofRule = data.findings().stream().filter(f -> f.finding().ruleId().equals(rule)).toList();
            RuleDescriptor descriptor = RuleCatalog.byId(rule).orElse(null);
            html.append("<section class=\"rule-group\" id=\"rule-").append(Text.html(rule)).append("\" data-rule=\"")
                    .append(Text.html(rule)).append("\">\n<h3>").append(Text.html(rule)).append(" <span class=\"count\">")
                    .append(ofRule.size()).append("</span></h3>\n");
            if (descriptor != null) {
                html.append("<p class=\"rule-summary\">").append(Text.html(SarifReport.sentence(descriptor.summary())))
                        .append("</p>\n<details><summary>About this rule</summary><p>")
                        .append(Text.html(descriptor.description())).append("</p></details>\n");
            }
            Map<String, List<ReportedFinding>> byFile = new LinkedHashMap<>();
            ofRule.forEach(f -> byFile.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f));
            for (Map.Entry<String, List<ReportedFinding>> file : byFile.entrySet()) {
                html.append("<div class=\"file-group\">\n<h4>").append(Text.html(file.getKey())).append("</h4>\n");
                for (ReportedFinding reported : file.getValue()) {
                    finding(html, reported, ++number, data);
                }
                html.append("</div>\n");
            }
            html.append("</section>\n");
        }
        html.append("</section>\n");
    }

    private static void checkbox(StringBuilder html, String kind, String value, String label) {
        html.append("<label><input type=\"checkbox\" class=\"filter\" data-filter=\"").append(kind)
                .append("\" value=\"").append(Text.html(value)).append("\" checked> ").append(Text.html(label))
                .append("</label>\n");
    }

    private static void finding(StringBuilder html, ReportedFinding reported, int number, ReportData data) {
        Finding finding = reported.finding();
        String severity = finding.severity().id();
        html.append("<article class=\"finding sev-").append(severity).append(" st-").append(reported.status().id())
                .append("\" id=\"finding-").append(number).append("\" data-rule=\"").append(Text.html(finding.ruleId()))
                .append("\" data-severity=\"").append(severity).append("\" data-status=\"").append(reported.status().id())
                .append("\">\n<div class=\"head\"><span class=\"sev sev-").append(severity).append("\">").append(severity)
                .append("</span> <span class=\"loc\">").append(Text.html(reported.path())).append(':').append(finding.line())
                .append(':').append(finding.column()).append("</span>");
        if (finding.member() != null) {
            html.append(" <span class=\"member\">in ").append(Text.html(finding.member())).append("</span>");
        }
        switch (reported.status()) {
            case SUPPRESSED -> html.append(" <span class=\"status\">suppressed by <code>@SuppressWarnings(\"")
                    .append(Text.html(finding.suppressedBy())).append("\")</code></span>");
            case BASELINED -> html.append(" <span class=\"status\">baselined")
                    .append(reported.reason() == null ? "" : ": " + Text.html(reported.reason())).append("</span>");
            case OPEN -> {
            }
        }
        html.append("</div>\n<p class=\"message\">").append(Text.html(finding.message())).append("</p>\n");
        excerpt(html, data.sources(), finding.file(), finding.line());
        if (!finding.flow().isEmpty()) {
            html.append("<ol class=\"flow\">\n");
            for (Finding.FlowStep step : finding.flow()) {
                html.append("<li><span class=\"loc\">").append(Text.html(data.settings().buildPath(step.file())))
                        .append(':').append(step.line()).append("</span> ").append(Text.html(step.message())).append("</li>\n");
            }
            html.append("</ol>\n");
        }
        html.append("</article>\n");
    }

    private static void excerpt(StringBuilder html, SourceText sources, java.nio.file.Path file, int line) {
        List<String> lines = sources.lines(file);
        if (line < 1 || line > lines.size()) {
            return;
        }
        int first = Math.max(1, line - CONTEXT_LINES);
        int last = Math.min(lines.size(), line + CONTEXT_LINES);
        int width = String.valueOf(last).length();
        html.append("<pre class=\"code\"><code>");
        for (int n = first; n <= last; n++) {
            html.append("<span class=\"line").append(n == line ? " hit" : "").append("\"><span class=\"ln\">")
                    .append(" ".repeat(width - String.valueOf(n).length())).append(n).append("</span>")
                    .append(Text.html(lines.get(n - 1))).append("</span>");
        }
        html.append("</code></pre>\n");
    }

    private static void inventory(StringBuilder html, ReportData data) {
        Inventory inventory = data.inventory();
        html.append("<section id=\"inventory\">\n<h2>Inventory: records of processing</h2>\n")
                .append("<p>What the code declares about personal data (GDPR Art. 30): effective values after ")
                .append("inheritance from enclosing types.</p>\n<h3>Personal data</h3>\n");
        if (inventory.declarations().isEmpty()) {
            html.append("<p>No <code>@PersonalData</code> or <code>@Sensitive</code> declarations.</p>\n");
        } else {
            html.append("<div class=\"scroll\"><table class=\"inventory\" id=\"declarations\">\n<thead><tr><th>Element</th>")
                    .append("<th>Kind</th><th>Categories</th><th>Purposes</th><th>Retention</th><th>Legal basis</th>")
                    .append("<th>Art. 9 condition</th><th>Declared at</th></tr></thead>\n<tbody>\n");
            for (Inventory.Declaration d : inventory.declarations()) {
                boolean sensitive = d.kind().equals("sensitive");
                boolean transit = InventoryReport.inTransit(d);
                html.append("<tr><td><code>").append(Text.html(d.element())).append("</code>");
                if (!d.problems().isEmpty()) {
                    html.append("<div class=\"problem\">").append(Text.html(String.join("; ", d.problems()))).append("</div>");
                }
                html.append("</td><td>").append(Text.html(d.elementKind())).append(sensitive ? ", <b>sensitive</b>" : "")
                        .append("</td><td>").append(Text.html(Text.join(sensitive ? d.specialCategories() : d.categories())))
                        .append(sensitive ? " <i>(special category)</i>" : "")
                        .append("</td><td>").append(valueOrNone(d.purposes(), transit))
                        .append("</td><td>").append(d.retention() != null ? Text.html(d.retention())
                                : transit ? "n/a (in transit)" : "<span class=\"none\">none</span>")
                        .append("</td><td>").append(valueOrNone(d.legalBasis(), transit))
                        .append("</td><td>").append(sensitive ? valueOrNone(d.condition(), transit) : "n/a")
                        .append("</td><td class=\"loc\">").append(Text.html(InventoryReport.where(d.location(), data)))
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append("<h3>Processing purposes and the personal data they use</h3>\n");
        if (inventory.contexts().isEmpty()) {
            html.append("<p>No <code>@ProcessingPurpose</code> declarations.</p>\n");
        }
        for (Inventory.Context c : inventory.contexts()) {
            html.append("<div class=\"context\"><h4>").append(Text.html(String.join(", ", c.purposes())))
                    .append(" <small>— ").append(Text.html(c.elementKind())).append(" <code>").append(Text.html(c.element()))
                    .append("</code>, ").append(Text.html(InventoryReport.where(c.location(), data))).append("</small></h4>\n");
            if (c.uses().isEmpty()) {
                html.append("<p>Reads no declared personal data.</p></div>\n");
                continue;
            }
            html.append("<div class=\"scroll\"><table class=\"inventory\">\n<thead><tr><th>Personal data</th><th>Categories</th>")
                    .append("<th>Its purposes</th><th>Status</th><th>How</th><th>Uses</th></tr></thead>\n<tbody>\n");
            for (Inventory.DataUse use : c.uses()) {
                List<String> categories = new ArrayList<>(use.categories());
                if (use.special()) {
                    categories.add("special category");
                }
                html.append("<tr><td><code>").append(Text.html(use.data())).append("</code></td><td>")
                        .append(Text.html(Text.join(categories))).append("</td><td>").append(valueOrNone(use.purposes()))
                        .append("</td><td><span class=\"use-").append(use.status()).append("\">").append(use.status())
                        .append("</span></td><td>").append(Text.html(use.how())).append("</td><td class=\"loc\">");
                for (int i = 0; i < use.at().size(); i++) {
                    html.append(i == 0 ? "" : "<br>").append(Text.html(InventoryReport.where(use.at().get(i), data)));
                }
                html.append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div></div>\n");
        }
        html.append("<h3>Suppressions</h3>\n");
        if (inventory.suppressions().isEmpty()) {
            html.append("<p>No <code>@SuppressWarnings(\"pdguard…\")</code> in the code.</p>\n");
        } else {
            html.append("<div class=\"scroll\"><table class=\"inventory\" id=\"suppressions\">\n<thead><tr><th>Suppression</th>")
                    .append("<th>Rule</th><th>On</th><th>Where</th><th>Findings suppressed</th></tr></thead>\n<tbody>\n");
            for (Inventory.Suppression s : inventory.suppressions()) {
                html.append("<tr><td><code>@SuppressWarnings(\"").append(Text.html(s.value())).append("\")</code></td><td>")
                        .append(s.rule().equals("*") ? "all rules" : Text.html(s.rule())).append("</td><td><code>")
                        .append(Text.html(s.element())).append("</code></td><td class=\"loc\">")
                        .append(Text.html(InventoryReport.where(s.location(), data))).append("</td><td>").append(s.findings())
                        .append("</td></tr>\n");
            }
            html.append("</tbody>\n</table></div>\n");
        }
        html.append("</section>\n");
    }

    private static String valueOrNone(List<String> values) {
        return valueOrNone(values, false);
    }

    private static String valueOrNone(List<String> values, boolean inTransit) {
        if (values.isEmpty()) {
            return inTransit ? "-" : "<span class=\"none\">none</span>";
        }
        StringBuilder html = new StringBuilder();
        for (String value : values) {
            html.append(html.length() == 0 ? "" : ", ").append("<span class=\"v\">").append(Text.html(value)).append("</span>");
        }
        return html.toString();
    }

    private static final String CSS = """
            :root { --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --border: #d1d9e0;
              --error: #cf222e; --warning: #9a6700; --note: #0969da; --hit: #fff8c5; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
            header { padding: 1rem 2rem; border-bottom: 1px solid var(--border); background: var(--panel); }
            header h1 { margin: 0 0 .25rem; font-size: 1.5rem; }
            .meta { margin: 0; color: var(--muted); }
            nav a { margin-right: 1rem; }
            main { padding: 0 2rem 3rem; max-width: 80rem; }
            h2 { margin-top: 2rem; border-bottom: 1px solid var(--border); padding-bottom: .25rem; }
            .cards { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
            .card { border: 1px solid var(--border); border-radius: 6px; padding: .5rem 1rem; min-width: 9rem; background: var(--panel); }
            .card .n { display: block; font-size: 1.6rem; font-weight: 600; }
            .card.sev-error .n { color: var(--error); } .card.sev-warning .n { color: var(--warning); } .card.sev-note .n { color: var(--note); }
            table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
            th, td { border: 1px solid var(--border); padding: .3rem .5rem; text-align: left; vertical-align: top; }
            th { background: var(--panel); }
            .by-rule td:first-child, .by-rule td:nth-child(2) { white-space: nowrap; }
            .scroll { overflow-x: auto; }
            .v { white-space: nowrap; }
            .sev { display: inline-block; padding: 0 .4rem; border-radius: 4px; color: #fff; font-size: .8rem; font-weight: 600; text-transform: uppercase; }
            .sev.sev-error { background: var(--error); } .sev.sev-warning { background: var(--warning); } .sev.sev-note { background: var(--note); }
            #filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; position: sticky; top: 0; background: var(--bg); padding: .5rem 0; z-index: 1; border-bottom: 1px solid var(--border); }
            fieldset { border: 1px solid var(--border); border-radius: 6px; margin: 0; }
            fieldset label { display: inline-block; margin-right: .75rem; white-space: nowrap; }
            .shown { margin: .5rem 0; color: var(--muted); }
            .rule-group h3 .count { color: var(--muted); font-weight: normal; }
            .rule-summary { margin: 0 0 .25rem; }
            details { color: var(--muted); margin-bottom: .5rem; }
            .file-group h4 { margin: 1rem 0 .25rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9rem; }
            .finding { border: 1px solid var(--border); border-left: 4px solid var(--note); border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; }
            .finding.sev-error { border-left-color: var(--error); } .finding.sev-warning { border-left-color: var(--warning); }
            .finding.st-suppressed, .finding.st-baselined { opacity: .75; }
            .finding .head { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
            .loc { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; }
            .member, .status { color: var(--muted); font-size: .9rem; }
            .message { margin: .25rem 0; }
            pre.code { margin: .25rem 0; padding: .25rem 0; background: var(--panel); border-radius: 4px; overflow-x: auto; font-size: .85rem; }
            pre.code .line { display: block; padding: 0 .5rem; }
            pre.code .line.hit { background: var(--hit); }
            pre.code .ln { color: var(--muted); margin-right: 1rem; user-select: none; }
            .flow { font-size: .9rem; }
            .problem { color: var(--error); font-size: .85rem; }
            .none, .use-violation { color: var(--error); font-weight: 600; }
            .use-allowed { color: #1a7f37; }
            .use-unchecked { color: var(--muted); }
            .clean { color: #1a7f37; font-weight: 600; }
            [hidden] { display: none !important; }
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var inputs = Array.prototype.slice.call(document.querySelectorAll('input.filter'));
              var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
              var groups = Array.prototype.slice.call(document.querySelectorAll('.file-group, .rule-group'));
              function selected(kind) {
                var chosen = {};
                inputs.forEach(function (input) {
                  if (input.getAttribute('data-filter') === kind && input.checked) { chosen[input.value] = true; }
                });
                return chosen;
              }
              function apply() {
                var rules = selected('rule'), severities = selected('severity'), statuses = selected('status');
                var shown = 0;
                findings.forEach(function (finding) {
                  var visible = rules[finding.getAttribute('data-rule')] === true
                    && severities[finding.getAttribute('data-severity')] === true
                    && statuses[finding.getAttribute('data-status')] === true;
                  finding.hidden = !visible;
                  if (visible) { shown++; }
                });
                groups.forEach(function (group) {
                  group.hidden = group.querySelector('.finding:not([hidden])') === null;
                });
                var count = document.getElementById('shown-count');
                if (count) { count.textContent = String(shown); }
                var none = document.getElementById('no-match');
                if (none) { none.hidden = shown !== 0; }
              }
              inputs.forEach(function (input) { input.addEventListener('change', apply); });
              var all = document.getElementById('filter-all');
              if (all) {
                all.addEventListener('click', function () {
                  inputs.forEach(function (input) { input.checked = true; });
                  apply();
                });
              }
              apply();
            })();
            """;
}
