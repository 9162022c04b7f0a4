package io.github.pdguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pdguard.analysis.Finding;

/**
 * {@code pdguard.json}: every finding as a plain JSON array, in report order, for scripts.
 *
 * <pre>
 * [ { "rule": "log-leak", "severity": "error", "file": "src/main/java/shop/Orders.java", "line": 42,
 *     "column": 13, "member": "Orders.place", "message": "...", "status": "open", "suppressed": false,
 *     "baselined": false, "fingerprint": "3f2a…", "lineHash": "9c1a…:1" } ]
 * </pre>
 * {@code suppressedBy} is added for suppressed findings, {@code baselineReason} for baselined
 * ones with a reason, {@code flow} when the finding has flow steps.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String render(ReportData data) {
        ArrayNode findings = Json.array();
        for (ReportedFinding reported : data.findings()) {
            Finding finding = reported.finding();
            ObjectNode node = findings.addObject();
            node.put("rule", finding.ruleId());
            node.put("severity", finding.severity().id());
            node.put("file", reported.path());
            node.put("line", finding.line());
            node.put("column", finding.column());
            if (finding.member() != null) {
                node.put("member", finding.member());
            }
            node.put("message", finding.message());
            node.put("status", reported.status().id());
            node.put("suppressed", reported.status() == ReportedFinding.Status.SUPPRESSED);
            if (finding.suppressedBy() != null) {
                node.put("suppressedBy", finding.suppressedBy());
            }
            node.put("baselined", reported.status() == ReportedFinding.Status.BASELINED);
            if (reported.reason() != null) {
                node.put("baselineReason", reported.reason());
            }
            node.put("fingerprint", reported.fingerprint());
            if (reported.lineHash() != null) {
                node.put("lineHash", reported.lineHash());
            }
            if (!finding.flow().isEmpty()) {
                ArrayNode flow = node.putArray("flow");
                for (Finding.FlowStep step : finding.flow()) {
                    ObjectNode s = flow.addObject();
                    s.put("file", data.settings().buildPath(step.file()));
                    s.put("line", step.line());
                    s.put("column", step.column());
                    s.put("message", step.message());
                }
            }
        }
        return Json.write(findings);
    }
}
