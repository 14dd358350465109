package dev.benchproof.compat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The object keywords. The content model (properties, patternProperties, additionalProperties and,
 * where it means the same, unevaluatedProperties) is compared name by name: for each named property
 * the schemas a applies to it must imply the ones b applies; then for the unnamed rest.
 */
final class ObjectRules {

    private final InclusionProver prover;
    private final Bounds bounds;

    ObjectRules(InclusionProver prover) {
        this.prover = prover;
        this.bounds = new Bounds(prover);
    }

    List<Rule> rules() {
        return List.of(objects(this::required),
                objects((a, b, context, out) -> {
                    Set<String> aRequired = strings(a.get("required"));
                    BigDecimal aMin = Bounds.max(Keywords.number(a, "minProperties"),
                            aRequired.isEmpty() ? null : BigDecimal.valueOf(aRequired.size()));
                    bounds.check(a, b, "minProperties", true, aMin, out);
                }),
                objects((a, b, context, out) -> bounds.check(a, b, "maxProperties", false, Keywords.number(a, "maxProperties"), out)),
                objects((a, b, context, out) -> dependentRequired(a, b, strings(a.get("required")), out)),
                objects(this::dependentSchemas),
                objects((a, b, context, out) -> propertyNames(a, b, out)),
                objects((a, b, context, out) -> members(a, b, out)));
    }

    /** The rule applies only when a may accept objects at all. */
    private static Rule objects(Rule rule) {
        return (a, b, context, out) -> {
            if (JsonTypes.has(context, JsonTypes.OBJECT)) {
                rule.check(a, b, context, out);
            }
        };
    }

    private void required(Located a, Located b, int context, List<Finding> out) {
        Set<String> aRequired = strings(a.get("required"));
        for (String name : strings(b.get("required"))) {
            if (!aRequired.contains(name)) {
                out.add(prover.finding(ChangeType.REQUIRED_ATTRIBUTE_ADDED, ChangeType.REQUIRED_ATTRIBUTE_REMOVED,
                        a, InclusionProver.at(a, "required"), b, "/required", name, null, null));
            }
        }
    }

    private void dependentRequired(Located a, Located b, Set<String> aRequired, List<Finding> out) {
        for (Map.Entry<String, Located> entry : map(b, "dependentRequired").entrySet()) {
            String key = entry.getKey();
            Located aList = map(a, "dependentRequired").get(key);
            Set<String> implied = new TreeSet<>(aRequired);
            if (aList != null) {
                implied.addAll(strings(aList.node()));
            }
            if (!implied.containsAll(strings(entry.getValue().node()))) {
                out.add(prover.finding(ChangeType.DEPENDENT_REQUIRED_ADDED, ChangeType.DEPENDENT_REQUIRED_REMOVED,
                        a, aList == null ? "" : "/dependentRequired/" + escape(key), b, "/dependentRequired/" + escape(key), key,
                        aList == null ? null : Keywords.text(aList.node()), Keywords.text(entry.getValue().node())));
            }
        }
    }

    private void dependentSchemas(Located a, Located b, int context, List<Finding> out) {
        Map<String, Located> aSchemas = map(a, "dependentSchemas");
        for (Map.Entry<String, Located> entry : map(b, "dependentSchemas").entrySet()) {
            Located aligned = aSchemas.get(entry.getKey());
            if (aligned != null) {
                List<Finding> findings = prover.includes(aligned, entry.getValue(), context);
                if (!findings.isEmpty() && !prover.includes(a.asOwn(), entry.getValue(), context).isEmpty()) {
                    out.addAll(findings);
                }
            } else if (!prover.includes(a.asOwn(), entry.getValue(), context).isEmpty()) {
                out.add(prover.finding(ChangeType.DEPENDENT_SCHEMA_ADDED, ChangeType.DEPENDENT_SCHEMA_REMOVED, a, "",
                        b, "/dependentSchemas/" + escape(entry.getKey()), entry.getKey(), null, null));
            }
        }
    }

    private void propertyNames(Located a, Located b, List<Finding> out) {
        if (!b.has("propertyNames") || Keywords.isTrivial(b.sub("propertyNames"))) {
            return;
        }
        if (a.has("propertyNames")) {
            out.addAll(prover.includes(a.sub("propertyNames"), b.sub("propertyNames"), JsonTypes.STRING));
        } else {
            out.add(prover.finding(ChangeType.PROPERTY_NAMES_ADDED, ChangeType.PROPERTY_NAMES_REMOVED, a, "", b,
                    "/propertyNames", null, null, Keywords.text(b.get("propertyNames"))));
        }
    }

    private void members(Located a, Located b, List<Finding> out) {
        Map<String, Located> aProps = map(a, "properties");
        Map<String, Located> bProps = map(b, "properties");
        Map<String, Located> aPatterns = map(a, "patternProperties");
        Map<String, Located> bPatterns = map(b, "patternProperties");
        Located aRest = additional(a);
        Located bRest = additional(b);
        if (!b.has("additionalProperties") && b.has("unevaluatedProperties") && bRest == null
                && !Keywords.isTrivial(b.sub("unevaluatedProperties"))) {
            out.add(prover.cannotProve(a, InclusionProver.at(a, "unevaluatedProperties"), b, "/unevaluatedProperties",
                    "unevaluatedProperties beside in-place applicators"));
        }
        Set<String> names = new TreeSet<>(aProps.keySet());
        names.addAll(bProps.keySet());
        for (String name : names) {
            List<Located> aSchemas = schemasFor(name, aProps, aPatterns, aRest, a);
            List<Located> bSchemas = schemasFor(name, bProps, bPatterns, bRest, b);
            if (aSchemas == null || bSchemas == null) {
                out.add(prover.cannotProve(a, "/properties/" + escape(name), b, "/properties/" + escape(name),
                        "property '" + name + "' against patternProperties"));
                continue;
            }
            for (Located right : bSchemas) {
                if (Keywords.isTrivial(right) || aSchemas.stream().anyMatch(left -> prover.includes(left, right).isEmpty())) {
                    continue;
                }
                boolean inA = aProps.containsKey(name);
                boolean inB = bProps.containsKey(name);
                if (inA && inB) {
                    out.addAll(prover.includes(aSchemas.get(0), right));
                } else {
                    out.add(contentModelChange(name, inA, a, aSchemas, b, bSchemas));
                }
            }
        }
        for (Map.Entry<String, Located> pattern : bPatterns.entrySet()) {
            Located right = pattern.getValue();
            if (Keywords.isTrivial(right)) {
                continue;
            }
            Located aligned = aPatterns.get(pattern.getKey());
            if (aligned != null) {
                out.addAll(prover.includes(aligned, right));
                continue;
            }
            List<Located> candidates = new ArrayList<>(aPatterns.values());
            candidates.add(aRest == null ? a.sub("additionalProperties") : aRest);
            if (candidates.stream().allMatch(left -> prover.includes(left, right).isEmpty())) {
                continue;
            }
            out.add(aPatterns.isEmpty()
                    ? prover.finding(ChangeType.PATTERN_PROPERTY_ADDED, ChangeType.PATTERN_PROPERTY_REMOVED, a, "", b,
                            "/patternProperties/" + escape(pattern.getKey()), pattern.getKey(), null, null)
                    : prover.cannotProve(a, "/patternProperties", b, "/patternProperties/" + escape(pattern.getKey()),
                            "different patternProperties"));
        }
        if (bRest != null && !Keywords.isTrivial(bRest)) {
            Located left = aRest == null ? a.sub("additionalProperties") : aRest;
            List<Finding> findings = prover.includes(left, bRest);
            if (!findings.isEmpty()) {
                String bKeyword = bKeyword(bRest);
                if (Keywords.isFalse(bRest.node())) {
                    out.add(prover.finding(ChangeType.ADDITIONAL_PROPERTIES_REMOVED, ChangeType.ADDITIONAL_PROPERTIES_ADDED,
                            a, aRest == null ? "" : aRest.pointer().substring(a.pointer().length()), b, bKeyword, null,
                            aRest == null ? null : Keywords.text(aRest.node()), Keywords.text(bRest.node())));
                } else if (Keywords.isTrivial(left)) {
                    out.add(prover.finding(ChangeType.ADDITIONAL_PROPERTIES_NARROWED, ChangeType.ADDITIONAL_PROPERTIES_EXTENDED,
                            a, aRest == null ? "" : aRest.pointer().substring(a.pointer().length()), b, bKeyword, null,
                            aRest == null ? null : Keywords.text(aRest.node()), Keywords.text(bRest.node())));
                } else {
                    out.addAll(findings);
                }
            }
            for (Map.Entry<String, Located> pattern : aPatterns.entrySet()) {
                if (!bPatterns.containsKey(pattern.getKey()) && !prover.includes(pattern.getValue(), bRest).isEmpty()) {
                    out.add(prover.finding(ChangeType.PATTERN_PROPERTY_REMOVED, ChangeType.PATTERN_PROPERTY_ADDED, a,
                            "/patternProperties/" + escape(pattern.getKey()), b, bKeyword(bRest), pattern.getKey(), null, null));
                }
            }
        }
    }

    private static String bKeyword(Located rest) {
        return rest.pointer().substring(rest.pointer().lastIndexOf('/'));
    }

    /** Names the change of a property declared on one side only and covered by the other side's patterns or rest. */
    private Finding contentModelChange(String name, boolean inA, Located a, List<Located> aSchemas, Located b, List<Located> bSchemas) {
        boolean oldHas = prover.aIsOld == inA;
        List<Located> lackingSchemas = inA ? bSchemas : aSchemas;
        boolean closed = lackingSchemas.size() == 1 && Keywords.isFalse(lackingSchemas.get(0).node());
        boolean open = lackingSchemas.size() == 1 && Keywords.isTrivial(lackingSchemas.get(0))
                && !lackingSchemas.get(0).pointer().contains("/patternProperties/");
        Located newSide = prover.aIsOld ? b : a;
        ChangeType type;
        if (!oldHas) {
            type = closed
                    ? (strings(newSide.get("required")).contains(name) ? ChangeType.REQUIRED_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL
                            : ChangeType.OPTIONAL_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL)
                    : open ? ChangeType.PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL
                    : ChangeType.PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL;
        } else {
            type = closed ? ChangeType.PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL
                    : open ? ChangeType.PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL
                    : ChangeType.PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL;
        }
        String declared = "/properties/" + escape(name);
        String aSuffix = inA ? declared : suffix(a, aSchemas.get(0));
        String bSuffix = inA ? suffix(b, bSchemas.get(0)) : declared;
        return prover.named(type, a, aSuffix, b, bSuffix, name, null, null);
    }

    private static String suffix(Located parent, Located child) {
        return child.pointer().startsWith(parent.pointer()) && child.base().equals(parent.base())
                ? child.pointer().substring(parent.pointer().length()) : "";
    }

    /** The schemas a side applies to one property name; null when a pattern's match cannot be decided. */
    private static List<Located> schemasFor(String name, Map<String, Located> props, Map<String, Located> patterns,
            Located rest, Located parent) {
        List<Located> out = new ArrayList<>();
        if (props.containsKey(name)) {
            out.add(props.get(name));
        }
        for (Map.Entry<String, Located> pattern : patterns.entrySet()) {
            Optional<Boolean> match = Regexes.matches(pattern.getKey(), name);
            if (match.isEmpty()) {
                return null;
            }
            if (match.get()) {
                out.add(pattern.getValue());
            }
        }
        if (out.isEmpty()) {
            out.add(rest == null ? parent.sub("additionalProperties") : rest);
        }
        return out;
    }

    /** additionalProperties, or unevaluatedProperties where nothing but the adjacent keywords evaluates (then they agree). */
    static Located additional(Located schema) {
        if (schema.has("additionalProperties")) {
            return schema.child("additionalProperties");
        }
        if (schema.has("unevaluatedProperties") && schema.node().propertyNames().stream().noneMatch(Keywords.IN_PLACE::contains)) {
            return schema.child("unevaluatedProperties");
        }
        return null;
    }

    static Map<String, Located> map(Located schema, String keyword) {
        Map<String, Located> out = new TreeMap<>();
        JsonNode value = schema.get(keyword);
        if (value != null && value.isObject()) {
            for (String name : value.propertyNames()) {
                out.put(name, schema.child(keyword, name));
            }
        }
        return out;
    }

    static Set<String> strings(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> {
                if (v.isString()) {
                    out.add(v.stringValue());
                }
            });
        }
        return new TreeSet<>(out);
    }

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
