package dev.benchproof.cli;

import dev.benchproof.compat.Change;
import dev.benchproof.compat.CompatibilityMode;
import dev.benchproof.compat.SchemaSetComparison;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.model.v1.SchemaChange;
import dev.benchproof.model.v1.SchemaComparison;
import dev.benchproof.model.v1.SchemaCompatibilityReport;
import java.util.ArrayList;
import java.util.List;

/** The three renderings of a {@code schemas compat} result: text, the schema'd JSON report, markdown for a PR comment. */
final class CompatReports {

    private CompatReports() {
    }

    static String text(List<SchemaSetComparison.Entry> entries, CompatibilityMode mode) {
        StringBuilder out = new StringBuilder();
        int changed = 0;
        int breaking = 0;
        for (SchemaSetComparison.Entry entry : entries) {
            if (entry.status() == SchemaSetComparison.Status.UNCHANGED) {
                continue;
            }
            changed++;
            out.append(entry.file()).append(": ").append(entry.status().wireName()).append(", ")
                    .append(verdict(entry.compatibleIn(mode))).append(" (").append(mode.wireName()).append(")\n");
            for (Change change : entry.report().changes()) {
                breaking += change.compatibleIn(mode) ? 0 : 1;
                out.append("  ").append(change.type().wireName())
                        .append(" old=").append(pointer(change.oldPointer()))
                        .append(" new=").append(pointer(change.newPointer()));
                if (change.member() != null) {
                    out.append(" member=").append(quoted(change.member()));
                }
                if (change.oldValue() != null || change.newValue() != null) {
                    out.append(" value=").append(orAbsent(change.oldValue())).append(" -> ").append(orAbsent(change.newValue()));
                }
                out.append(" backward=").append(effect(!change.breaksBackward()))
                        .append(" forward=").append(effect(!change.breaksForward()))
                        .append(" full=").append(effect(change.compatibleIn(CompatibilityMode.FULL))).append('\n');
            }
        }
        out.append("compat mode=").append(mode.wireName())
                .append(" compatible=").append(SchemaSetComparison.compatibleIn(entries, mode))
                .append(" schemas=").append(entries.size())
                .append(" changed=").append(changed)
                .append(" breaking_changes=").append(breaking).append('\n');
        return out.toString();
    }

    static SchemaCompatibilityReport json(List<SchemaSetComparison.Entry> entries, CompatibilityMode mode) {
        List<SchemaComparison> schemas = new ArrayList<>();
        for (SchemaSetComparison.Entry entry : entries) {
            List<SchemaChange> changes = new ArrayList<>();
            for (Change change : entry.report().changes()) {
                changes.add(new SchemaChange()
                        .withType(SchemaChange.Type.fromValue(change.type().wireName()))
                        .withOldPointer(change.oldPointer())
                        .withNewPointer(change.newPointer())
                        .withMember(change.member())
                        .withOldValue(change.oldValue())
                        .withNewValue(change.newValue())
                        .withBackward(SchemaChange.Backward.fromValue(effect(!change.breaksBackward())))
                        .withForward(SchemaChange.Forward.fromValue(effect(!change.breaksForward())))
                        .withFull(SchemaChange.Full.fromValue(effect(change.compatibleIn(CompatibilityMode.FULL)))));
            }
            schemas.add(new SchemaComparison()
                    .withFile(entry.file())
                    .withStatus(SchemaComparison.Status.fromValue(entry.status().wireName()))
                    .withCompatible(entry.compatibleIn(mode))
                    .withChanges(changes));
        }
        return new SchemaCompatibilityReport()
                .with$schema(ArtifactKind.SCHEMA_COMPATIBILITY_REPORT.schemaId())
                .withMode(SchemaCompatibilityReport.Mode.fromValue(mode.wireName()))
                .withCompatible(SchemaSetComparison.compatibleIn(entries, mode))
                .withSchemas(schemas);
    }

    static String markdown(List<SchemaSetComparison.Entry> entries, CompatibilityMode mode) {
        boolean compatible = SchemaSetComparison.compatibleIn(entries, mode);
        List<SchemaSetComparison.Entry> shown = entries.stream()
                .filter(e -> e.status() != SchemaSetComparison.Status.UNCHANGED).toList();
        long breaking = shown.stream().flatMap(e -> e.report().changes().stream()).filter(c -> !c.compatibleIn(mode)).count();
        StringBuilder out = new StringBuilder();
        out.append("### Schema compatibility (").append(mode.wireName()).append("): ")
                .append(compatible ? "compatible" : "**incompatible**").append("\n\n");
        out.append(shown.size()).append(" of ").append(entries.size()).append(" schemas changed; ").append(breaking)
                .append(breaking == 1 ? " change breaks " : " changes break ").append(mode.wireName()).append(" compatibility.\n");
        if (shown.isEmpty()) {
            return out.toString();
        }
        out.append("\n| schema | change | old | new | detail | backward | forward | full |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (SchemaSetComparison.Entry entry : shown) {
            for (Change change : entry.report().changes()) {
                out.append("| ").append(code(entry.file()))
                        .append(" | ").append(code(change.type().wireName()))
                        .append(" | ").append(code(pointer(change.oldPointer())))
                        .append(" | ").append(code(pointer(change.newPointer())))
                        .append(" | ").append(detail(change))
                        .append(" | ").append(cell(!change.breaksBackward()))
                        .append(" | ").append(cell(!change.breaksForward()))
                        .append(" | ").append(cell(change.compatibleIn(CompatibilityMode.FULL)))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String detail(Change change) {
        List<String> parts = new ArrayList<>();
        if (change.member() != null) {
            parts.add(code(change.member()));
        }
        if (change.oldValue() != null || change.newValue() != null) {
            parts.add(code(orAbsent(change.oldValue())) + " &rarr; " + code(orAbsent(change.newValue())));
        }
        return String.join(" ", parts);
    }

    /** A JSON pointer as a URI fragment: {@code #} is the root. */
    static String pointer(String pointer) {
        return pointer.startsWith("/") || pointer.isEmpty() ? "#" + pointer : pointer;
    }

    private static String effect(boolean compatible) {
        return compatible ? "compatible" : "incompatible";
    }

    private static String verdict(boolean compatible) {
        return effect(compatible);
    }

    private static String cell(boolean compatible) {
        return compatible ? "compatible" : "**incompatible**";
    }

    private static String orAbsent(String value) {
        return value == null ? "(absent)" : value;
    }

    private static String quoted(String text) {
        return "'" + text + "'";
    }

    /** Inline code in a table cell: a backtick or a pipe inside must not end it. */
    private static String code(String text) {
        return "`" + text.replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`";
    }
}
