package io.github.pdguard.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pdguard.analysis.Inventory;

import java.util.List;

/**
 * {@code inventory.json} and {@code inventory.md}: the records of processing (GDPR Art. 30) as the
 * code declares them — every declaration with its effective categories, purposes, retention,
 * legal basis and condition; every {@code @ProcessingPurpose} context with the personal data it
 * uses; every suppression with its location. Paths are relative to the top of the build.
 */
public final class InventoryReport {

    private InventoryReport() {
    }

    public static String json(ReportData data) {
        Inventory inventory = data.inventory();
        ObjectNode root = Json.object();
        root.put("project", data.settings().title());
        root.put("generator", "pdguard " + data.settings().toolVersion());
        ArrayNode declarations = root.putArray("declarations");
        for (Inventory.Declaration d : inventory.declarations()) {
            ObjectNode node = declarations.addObject();
            node.put("element", d.element());
            node.put("type", d.owner());
            node.put("elementKind", d.elementKind());
            node.put("kind", d.kind());
            location(node, d.location(), data);
            node.set("categories", Json.strings(d.categories()));
            node.set("specialCategories", Json.strings(d.specialCategories()));
            node.set("purposes", Json.strings(d.purposes()));
            if (d.retention() == null) {
                node.putNull("retention");
            } else {
                node.put("retention", d.retention());
            }
            node.set("legalBasis", Json.strings(d.legalBasis()));
            node.set("condition", Json.strings(d.condition()));
            if (!d.problems().isEmpty()) {
                node.set("problems", Json.strings(d.problems()));
            }
        }
        ArrayNode contexts = root.putArray("contexts");
        for (Inventory.Context c : inventory.contexts()) {
            ObjectNode node = contexts.addObject();
            node.put("element", c.element());
            node.put("elementKind", c.elementKind());
            location(node, c.location(), data);
            node.set("purposes", Json.strings(c.purposes()));
            ArrayNode uses = node.putArray("uses");
            for (Inventory.DataUse use : c.uses()) {
                ObjectNode u = uses.addObject();
                u.put("data", use.data());
                u.set("categories", Json.strings(use.categories()));
                u.put("special", use.special());
                u.set("purposes", Json.strings(use.purposes()));
                u.put("status", use.status());
                u.put("how", use.how());
                ArrayNode at = u.putArray("at");
                for (Inventory.Location location : use.at()) {
                    location(at.addObject(), location, data);
                }
            }
        }
        ArrayNode suppressions = root.putArray("suppressions");
        for (Inventory.Suppression s : inventory.suppressions()) {
            ObjectNode node = suppressions.addObject();
            node.put("value", s.value());
            node.put("rule", s.rule());
            node.put("element", s.element());
            location(node, s.location(), data);
            node.put("findings", s.findings());
        }
        return Json.write(root);
    }

    private static void location(ObjectNode node, Inventory.Location location, ReportData data) {
        node.put("file", data.settings().buildPath(location.file()));
        node.put("line", location.line());
        node.put("column", location.column());
    }

    public static String markdown(ReportData data) {
        Inventory inventory = data.inventory();
        StringBuilder md = new StringBuilder();
        md.append("# Records of processing: ").append(Text.cell(data.settings().title())).append("\n\n");
        md.append("What the code of this module declares about personal data (GDPR Art. 30), read by pdguard ")
                .append(Text.cell(data.settings().toolVersion()))
                .append(". Paths are relative to the top of the build. Values are the effective ones, after"
                        + " inheritance from enclosing types; annotated parameters and methods describe values in transit"
                        + " (not stored).\n\n");
        md.append("- ").append(Text.plural(inventory.declarations().size(), "declaration")).append('\n');
        md.append("- ").append(Text.plural(inventory.contexts().size(), "processing context")).append('\n');
        md.append("- ").append(Text.plural(inventory.suppressions().size(), "suppression")).append("\n\n");

        md.append("## Personal data\n\n");
        if (inventory.declarations().isEmpty()) {
            md.append("No `@PersonalData` or `@Sensitive` declarations.\n\n");
        } else {
            md.append("| Element | Kind | Categories | Purposes | Retention | Legal basis | Art. 9 condition | Declared at |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Inventory.Declaration d : inventory.declarations()) {
                String categories = d.kind().equals("sensitive")
                        ? Text.join(d.specialCategories()) + (d.specialCategories().isEmpty() ? "" : " ") + "(special category)"
                        : Text.join(d.categories());
                boolean transit = inTransit(d);
                md.append("| ").append(Text.code(d.element()))
                        .append(" | ").append(d.elementKind()).append(d.kind().equals("sensitive") ? ", sensitive" : "")
                        .append(" | ").append(Text.cell(categories))
                        .append(" | ").append(Text.cell(orNone(d.purposes(), transit)))
                        .append(" | ").append(Text.cell(d.retention() != null ? d.retention() : transit ? "n/a (in transit)" : "**none**"))
                        .append(" | ").append(Text.cell(orNone(d.legalBasis(), transit)))
                        .append(" | ").append(Text.cell(d.kind().equals("sensitive") ? orNone(d.condition(), transit) : "n/a"))
                        .append(" | ").append(Text.cell(where(d.location(), data)))
                        .append(" |\n");
            }
            md.append('\n');
            List<Inventory.Declaration> withProblems = inventory.declarations().stream()
                    .filter(d -> !d.problems().isEmpty()).toList();
            if (!withProblems.isEmpty()) {
                md.append("Problems in the declarations:\n\n");
                for (Inventory.Declaration d : withProblems) {
                    md.append("- ").append(Text.code(d.element())).append(": ")
                            .append(Text.cell(String.join("; ", d.problems()))).append('\n');
                }
                md.append('\n');
            }
        }

        md.append("## Processing purposes and the personal data they use\n\n");
        if (inventory.contexts().isEmpty()) {
            md.append("No `@ProcessingPurpose` declarations.\n\n");
        }
        for (Inventory.Context c : inventory.contexts()) {
            md.append("### ").append(Text.cell(String.join(", ", c.purposes()))).append(" — ")
                    .append(Text.code(c.element())).append("\n\n");
            md.append("Declared on the ").append(c.elementKind()).append(" at ")
                    .append(Text.cell(where(c.location(), data))).append(".\n\n");
            if (c.uses().isEmpty()) {
                md.append("Reads no declared personal data.\n\n");
                continue;
            }
            md.append("| Personal data | Categories | Its purposes | Status | How | Where |\n");
            md.append("| --- | --- | --- | --- | --- | --- |\n");
            for (Inventory.DataUse use : c.uses()) {
                String categories = Text.join(use.categories()) + (use.special() ? (use.categories().isEmpty() ? "" : ", ")
                        + "special category" : "");
                md.append("| ").append(Text.code(use.data()))
                        .append(" | ").append(Text.cell(categories))
                        .append(" | ").append(Text.cell(orNone(use.purposes())))
                        .append(" | ").append(use.status().equals("violation") ? "**violation**" : use.status())
                        .append(" | ").append(Text.cell(use.how()))
                        .append(" | ").append(Text.cell(places(use.at(), data)))
                        .append(" |\n");
            }
            md.append('\n');
        }

        md.append("## Suppressions\n\n");
        if (inventory.suppressions().isEmpty()) {
            md.append("No `@SuppressWarnings(\"pdguard…\")` in the code.\n");
        } else {
            md.append("| Suppression | Rule | On | Where | Findings suppressed |\n");
            md.append("| --- | --- | --- | --- | --- |\n");
            for (Inventory.Suppression s : inventory.suppressions()) {
                md.append("| ").append(Text.code("@SuppressWarnings(\"" + s.value() + "\")"))
                        .append(" | ").append(s.rule().equals("*") ? "all rules" : Text.cell(s.rule()))
                        .append(" | ").append(Text.code(s.element()))
                        .append(" | ").append(Text.cell(where(s.location(), data)))
                        .append(" | ").append(s.findings())
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    static String where(Inventory.Location location, ReportData data) {
        return data.settings().buildPath(location.file()) + ":" + location.line();
    }

    private static String places(List<Inventory.Location> at, ReportData data) {
        StringBuilder text = new StringBuilder();
        String previousFile = null;
        for (Inventory.Location location : at) {
            String file = data.settings().buildPath(location.file());
            if (file.equals(previousFile)) {
                text.append(", ").append(location.line());
            } else {
                text.append(previousFile == null ? "" : "; ").append(file).append(':').append(location.line());
                previousFile = file;
            }
        }
        return text.toString();
    }

    private static String orNone(List<String> values) {
        return orNone(values, false);
    }

    private static String orNone(List<String> values, boolean inTransit) {
        return !values.isEmpty() ? String.join(", ", values) : inTransit ? "-" : "**none**";
    }

    /** Annotated parameters and methods describe values in transit: they are not stored, so nothing is missing. */
    static boolean inTransit(Inventory.Declaration declaration) {
        return declaration.elementKind().equals("parameter") || declaration.elementKind().equals("method");
    }
}
