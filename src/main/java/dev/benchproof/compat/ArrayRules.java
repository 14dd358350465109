package dev.benchproof.compat;

import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The array keywords: bounds, uniqueItems, prefixItems/items position by position, contains. */
final class ArrayRules {

    private final InclusionProver prover;
    private final Bounds bounds;

    ArrayRules(InclusionProver prover) {
        this.prover = prover;
        this.bounds = new Bounds(prover);
    }

    List<Rule> rules() {
        return List.of((a, b, context, out) -> {
            if (JsonTypes.has(context, JsonTypes.ARRAY)) {
                items(a, b, out);
            }
        }, (a, b, context, out) -> {
            if (JsonTypes.has(context, JsonTypes.ARRAY)) {
                contains(a, b, out);
            }
        });
    }

    /** Bounds, uniqueItems and the items position by position: they share a's effective length. */
    private void items(Located a, Located b, List<Finding> out) {
        int aPrefix = size(a.get("prefixItems"));
        int bPrefix = size(b.get("prefixItems"));
        Located aItems = items(a);
        Located bItems = items(b);
        BigDecimal aMax = Keywords.number(a, "maxItems");
        if (aItems != null && Keywords.isFalse(aItems.node())) {
            aMax = Bounds.min(aMax, BigDecimal.valueOf(aPrefix));
        }
        bounds.check(a, b, "minItems", true, Keywords.number(a, "minItems"), out);
        bounds.check(a, b, "maxItems", false, aMax, out);
        JsonNode unique = b.get("uniqueItems");
        boolean aUnique = a.get("uniqueItems") != null && a.get("uniqueItems").asBoolean(false);
        if (unique != null && unique.asBoolean(false) && !aUnique && (aMax == null || aMax.compareTo(BigDecimal.ONE) > 0)) {
            out.add(prover.finding(ChangeType.UNIQUE_ITEMS_ADDED, ChangeType.UNIQUE_ITEMS_REMOVED, a,
                    InclusionProver.at(a, "uniqueItems"), b, "/uniqueItems", null, Keywords.text(a.get("uniqueItems")), "true"));
        }
        if (!b.has("items") && b.has("unevaluatedItems") && bItems == null && !Keywords.isTrivial(b.sub("unevaluatedItems"))) {
            out.add(prover.cannotProve(a, InclusionProver.at(a, "unevaluatedItems"), b, "/unevaluatedItems",
                    "unevaluatedItems beside in-place applicators or contains"));
        }
        int positions = Math.max(aPrefix, bPrefix);
        for (int i = 0; i < positions; i++) {
            if (aMax != null && aMax.compareTo(BigDecimal.valueOf(i)) <= 0) {
                break; // a never has an item at this position
            }
            Located left = i < aPrefix ? a.child("prefixItems", Integer.toString(i)) : rest(a, aItems);
            Located right = i < bPrefix ? b.child("prefixItems", Integer.toString(i)) : rest(b, bItems);
            item(a, left, b, right, i >= bPrefix, out);
        }
        if (aMax == null || aMax.compareTo(BigDecimal.valueOf(positions)) > 0) {
            item(a, rest(a, aItems), b, rest(b, bItems), true, out);
        }
    }

    private void item(Located a, Located left, Located b, Located right, boolean rightIsRest, List<Finding> out) {
        List<Finding> findings = prover.includes(left, right);
        if (findings.isEmpty()) {
            return;
        }
        if (rightIsRest && Keywords.isFalse(right.node())) {
            out.add(prover.finding(ChangeType.ADDITIONAL_ITEMS_REMOVED, ChangeType.ADDITIONAL_ITEMS_ADDED, a,
                    left.pointer().substring(a.pointer().length()), b, right.pointer().substring(b.pointer().length()),
                    null, Keywords.text(left.node()), "false"));
        } else {
            out.addAll(findings);
        }
    }

    private void contains(Located a, Located b, List<Finding> out) {
        JsonNode bContains = b.get("contains");
        BigDecimal bMin = Keywords.number(b, "minContains");
        if (bContains == null || (bMin != null && bMin.signum() == 0 && !b.has("maxContains"))) {
            return;
        }
        Located right = b.child("contains");
        if (!a.has("contains")) {
            if (bMin == null || bMin.signum() > 0) {
                out.add(prover.finding(ChangeType.CONTAINS_ADDED, ChangeType.CONTAINS_REMOVED, a, "", b, "/contains", null,
                        null, Keywords.text(bContains)));
            }
            if (b.has("maxContains")) {
                bounds.check(a, b, "maxContains", false, null, out);
            }
            return;
        }
        Located left = a.child("contains");
        if (bMin == null || bMin.signum() > 0) {
            out.addAll(prover.includes(left, right));
            BigDecimal aMin = Keywords.number(a, "minContains");
            bounds.check(a, b, "minContains", true, aMin == null ? BigDecimal.ONE : aMin, out);
        }
        if (b.has("maxContains")) {
            // more items may match a wider b.contains: a's count bounds b's only when b.contains implies a.contains
            bounds.check(a, b, "maxContains", false, Keywords.number(a, "maxContains"), out);
            List<Finding> reverse = prover.reversedIncludes(right, left);
            if (!reverse.isEmpty()) {
                out.add(prover.cannotProve(a, "/contains", b, "/contains", "maxContains with a changed contains"));
            }
        }
    }

    /** items, or unevaluatedItems where it means the same (no in-place applicators, no contains); null: absent. */
    private static Located items(Located schema) {
        if (schema.has("items")) {
            return schema.child("items");
        }
        if (schema.has("unevaluatedItems") && !schema.has("contains")
                && schema.node().propertyNames().stream().noneMatch(Keywords.IN_PLACE::contains)) {
            return schema.child("unevaluatedItems");
        }
        return null;
    }

    private static Located rest(Located schema, Located items) {
        return items != null ? items : schema.sub("items");
    }

    private static int size(JsonNode array) {
        return array != null && array.isArray() ? array.size() : 0;
    }
}
