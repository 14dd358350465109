package dev.benchproof.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Two sets of schemas paired by file name: a schema only in the old set is removed (incompatible in
 * every mode: its consumers lose it), one only in the new set is added (compatible: nobody relied on
 * it), and a pair is compared by {@link CompatibilityChecker}, each side resolving its references in
 * its own set.
 */
public final class SchemaSetComparison {

    private SchemaSetComparison() {
    }

    /** How a file fared. */
    public enum Status {
        ADDED, REMOVED, CHANGED, UNCHANGED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One file's result. */
    public record Entry(String file, Status status, CompatibilityReport report) {

        public boolean compatibleIn(CompatibilityMode mode) {
            return report.compatibleIn(mode);
        }
    }

    /** Compares every file name of either set, sorted by name. */
    public static List<Entry> compare(Map<String, JsonNode> oldSet, SchemaResources oldResources,
            Map<String, JsonNode> newSet, SchemaResources newResources) {
        TreeSet<String> names = new TreeSet<>(oldSet.keySet());
        names.addAll(newSet.keySet());
        List<Entry> out = new ArrayList<>();
        for (String name : names) {
            JsonNode oldSchema = oldSet.get(name);
            JsonNode newSchema = newSet.get(name);
            if (oldSchema == null) {
                out.add(new Entry(name, Status.ADDED, new CompatibilityReport(List.of(
                        new Change(ChangeType.SCHEMA_ADDED, "", "", name, null, null, false, false)))));
            } else if (newSchema == null) {
                out.add(new Entry(name, Status.REMOVED, new CompatibilityReport(List.of(
                        new Change(ChangeType.SCHEMA_REMOVED, "", "", name, null, null, true, true)))));
            } else {
                CompatibilityReport report = CompatibilityChecker.compare(oldSchema, oldResources, newSchema, newResources);
                out.add(new Entry(name, report.changes().isEmpty() ? Status.UNCHANGED : Status.CHANGED, report));
            }
        }
        return out;
    }

    /** True when no file breaks {@code mode}. */
    public static boolean compatibleIn(List<Entry> entries, CompatibilityMode mode) {
        return entries.stream().allMatch(e -> e.compatibleIn(mode));
    }
}
