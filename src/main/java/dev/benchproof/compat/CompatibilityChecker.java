package dev.benchproof.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares two draft 2020-12 schemas as sets of instances. {@code backward} holds when every instance
 * valid under the old schema is valid under the new one (L(old) &#8838; L(new)), {@code forward} when the
 * converse holds. Each direction is proven separately; a change is reported with the directions it
 * breaks. The proof is sufficient, not complete: a case the rules cannot decide is reported as
 * {@link ChangeType#CANNOT_PROVE} and breaks both directions, so "compatible" is never claimed falsely.
 *
 * <p>The root's top-level {@code $defs} are public: a definition removed breaks every mode, and each one
 * kept is compared like the root, since other schemas may reference it.
 *
 * <p>Pure: no files, no output. Annotations (title, description, examples, $comment, default...) never matter.
 */
public final class CompatibilityChecker {

    private CompatibilityChecker() {
    }

    /** Compares two roots; each registry resolves the $refs of its side (the root is added under its base). */
    public static CompatibilityReport compare(JsonNode oldRoot, SchemaResources oldResources, JsonNode newRoot,
            SchemaResources newResources) {
        String oldBase = SchemaResources.baseOf(oldRoot);
        String newBase = SchemaResources.baseOf(newRoot);
        SchemaResources oldAll = oldResources.with(oldBase, oldRoot);
        SchemaResources newAll = newResources.with(newBase, newRoot);
        InclusionProver backward = InclusionProver.create(oldAll, oldBase, newAll, newBase, true);
        InclusionProver forward = InclusionProver.create(oldAll, oldBase, newAll, newBase, false);
        Located oldLocated = new Located(oldBase, "", oldRoot, false);
        Located newLocated = new Located(newBase, "", newRoot, false);

        List<Finding> breaksBackward = new ArrayList<>(backward.includes(oldLocated, newLocated));
        List<Finding> breaksForward = new ArrayList<>(forward.includes(newLocated, oldLocated));
        for (String name : new TreeSet<>(ObjectRules.map(oldLocated, "$defs").keySet())) {
            Located oldDef = oldLocated.child("$defs", name);
            Located newDef = newLocated.child("$defs", name);
            if (newDef.node() == null) {
                Finding removed = new Finding(ChangeType.DEFINITION_REMOVED, oldDef.pointer(), "/$defs", name, null, null);
                breaksBackward.add(removed);
                breaksForward.add(removed);
                continue;
            }
            breaksBackward.addAll(backward.includes(oldDef, newDef));
            breaksForward.addAll(forward.includes(newDef, oldDef));
        }
        return merge(breaksBackward, breaksForward);
    }

    /** Compares two self-contained schemas (only local references). */
    public static CompatibilityReport compare(JsonNode oldRoot, JsonNode newRoot) {
        return compare(oldRoot, SchemaResources.empty(), newRoot, SchemaResources.empty());
    }

    private static CompatibilityReport merge(List<Finding> breaksBackward, List<Finding> breaksForward) {
        Map<Finding, boolean[]> effects = new LinkedHashMap<>();
        breaksBackward.forEach(f -> effects.computeIfAbsent(f, k -> new boolean[2])[0] = true);
        breaksForward.forEach(f -> effects.computeIfAbsent(f, k -> new boolean[2])[1] = true);
        List<Change> changes = new ArrayList<>();
        effects.forEach((f, breaks) -> changes.add(new Change(f.type(), f.oldPointer(), f.newPointer(), f.member(),
                f.oldValue(), f.newValue(), breaks[0], breaks[1])));
        return new CompatibilityReport(changes);
    }
}
