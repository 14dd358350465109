package dev.benchproof.compat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** type, const/enum, the numeric keywords and the string keywords. */
final class ScalarRules {

    private final InclusionProver prover;
    private final Bounds bounds;

    ScalarRules(InclusionProver prover) {
        this.prover = prover;
        this.bounds = new Bounds(prover);
    }

    /** One rule per keyword of b, so that each may be implied by a different conjunct of a. */
    List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        rules.add(this::type);
        rules.add((a, b, context, out) -> values(a, b, context, values(a, context), out));
        for (String keyword : List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf")) {
            rules.add((a, b, context, out) -> {
                if (JsonTypes.has(context, JsonTypes.NUMBER) && b.has(keyword)) {
                    numeric(a, b, context, values(a, context), keyword, out);
                }
            });
        }
        for (String keyword : List.of("minLength", "maxLength", "pattern", "format")) {
            rules.add((a, b, context, out) -> {
                if (JsonTypes.has(context, JsonTypes.STRING) && b.has(keyword)) {
                    string(a, b, values(a, context), keyword, out);
                }
            });
        }
        return rules;
    }

    /** a's const/enum values of the context types (the others are not instances of a), or null. */
    private static List<JsonNode> values(Located a, int context) {
        List<JsonNode> values = Keywords.values(a.node());
        return values == null ? null : values.stream().filter(v -> JsonTypes.has(context, JsonTypes.ofValue(v))).toList();
    }

    private void type(Located a, Located b, int context, List<Finding> out) {
        JsonNode bType = b.get("type");
        if (bType != null && (context & ~JsonTypes.ofKeyword(bType)) != 0) {
            out.add(prover.finding(ChangeType.TYPE_NARROWED, ChangeType.TYPE_WIDENED, a, InclusionProver.at(a, "type"),
                    b, "/type", null, Keywords.text(a.get("type")), Keywords.text(bType)));
        }
    }

    private void values(Located a, Located b, int context, List<JsonNode> aValues, List<Finding> out) {
        List<JsonNode> bValues = Keywords.values(b.node());
        if (bValues == null) {
            return;
        }
        String bKeyword = b.has("const") ? "const" : "enum";
        if (aValues != null) {
            if (aValues.stream().allMatch(v -> Keywords.contains(bValues, v))) {
                return;
            }
            String aKeyword = a.has("const") ? "const" : "enum";
            boolean consts = aKeyword.equals("const") && bKeyword.equals("const");
            out.add(prover.finding(consts ? ChangeType.CONST_CHANGED : ChangeType.ENUM_ARRAY_NARROWED,
                    consts ? ChangeType.CONST_CHANGED : ChangeType.ENUM_ARRAY_EXTENDED, a, "/" + aKeyword, b, "/" + bKeyword,
                    null, Keywords.text(a.get(aKeyword)), Keywords.text(b.get(bKeyword))));
            return;
        }
        if (coversWholeTypes(context, bValues)) {
            return;
        }
        boolean isConst = bKeyword.equals("const");
        out.add(prover.finding(isConst ? ChangeType.CONST_ADDED : ChangeType.ENUM_ARRAY_ADDED,
                isConst ? ChangeType.CONST_REMOVED : ChangeType.ENUM_ARRAY_REMOVED, a, "", b, "/" + bKeyword, null, null,
                Keywords.text(b.get(bKeyword))));
    }

    /** An enum listing null, or true and false, covers those types entirely. */
    private static boolean coversWholeTypes(int context, List<JsonNode> values) {
        int covered = 0;
        if (values.stream().anyMatch(JsonNode::isNull)) {
            covered |= JsonTypes.NULL;
        }
        if (values.stream().anyMatch(v -> v.isBoolean() && v.booleanValue()) && values.stream().anyMatch(v -> v.isBoolean() && !v.booleanValue())) {
            covered |= JsonTypes.BOOLEAN;
        }
        return (context & ~covered) == 0;
    }

    private void numeric(Located a, Located b, int context, List<JsonNode> aValues, String only, List<Finding> out) {
        if (aValues != null) {
            for (String keyword : List.of(only)) {
                BigDecimal bound = Keywords.number(b, keyword);
                if (bound != null && !aValues.stream().filter(JsonNode::isNumber).map(Keywords::decimal)
                        .allMatch(v -> satisfies(v, keyword, bound))) {
                    if (keyword.equals("multipleOf")) {
                        out.add(prover.finding(ChangeType.MULTIPLE_OF_ADDED, ChangeType.MULTIPLE_OF_REMOVED, a, "", b,
                                "/multipleOf", null, null, Keywords.text(b.get(keyword))));
                    } else {
                        report(a, b, keyword, null, keyword.endsWith("inimum"), out);
                    }
                }
            }
            return;
        }
        boolean integers = (context & JsonTypes.NUMBER) == JsonTypes.INTEGER;
        Limit aLower = lower(a, integers);
        Limit aUpper = upper(a, integers);
        switch (only) {
            case "minimum" -> lowerBound(a, b, "minimum", false, aLower, out);
            case "exclusiveMinimum" -> lowerBound(a, b, "exclusiveMinimum", true, aLower, out);
            case "maximum" -> upperBound(a, b, "maximum", false, aUpper, out);
            case "exclusiveMaximum" -> upperBound(a, b, "exclusiveMaximum", true, aUpper, out);
            default -> multipleOf(a, b, integers, out);
        }
    }

    private static boolean satisfies(BigDecimal v, String keyword, BigDecimal bound) {
        return switch (keyword) {
            case "minimum" -> v.compareTo(bound) >= 0;
            case "exclusiveMinimum" -> v.compareTo(bound) > 0;
            case "maximum" -> v.compareTo(bound) <= 0;
            case "exclusiveMaximum" -> v.compareTo(bound) < 0;
            default -> bound.signum() > 0 && v.remainder(bound).signum() == 0;
        };
    }

    /** A numeric bound: its value, whether it is exclusive, and the keyword of a that set it. */
    private record Limit(BigDecimal value, boolean exclusive, String keyword) {
    }

    /** a's tightest lower bound; for integers an exclusive bound becomes the next integer, inclusive. */
    private static Limit lower(Located a, boolean integers) {
        BigDecimal min = Keywords.number(a, "minimum");
        BigDecimal exclusive = Keywords.number(a, "exclusiveMinimum");
        Limit limit = null;
        if (min != null) {
            limit = new Limit(min, false, "minimum");
        }
        if (exclusive != null && (limit == null || exclusive.compareTo(limit.value) >= 0)) {
            limit = new Limit(exclusive, true, "exclusiveMinimum");
        }
        if (limit != null && integers) {
            BigDecimal v = limit.exclusive
                    ? limit.value.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                    : limit.value.setScale(0, RoundingMode.CEILING);
            limit = new Limit(v, false, limit.keyword);
        }
        return limit;
    }

    private static Limit upper(Located a, boolean integers) {
        BigDecimal max = Keywords.number(a, "maximum");
        BigDecimal exclusive = Keywords.number(a, "exclusiveMaximum");
        Limit limit = null;
        if (max != null) {
            limit = new Limit(max, false, "maximum");
        }
        if (exclusive != null && (limit == null || exclusive.compareTo(limit.value) <= 0)) {
            limit = new Limit(exclusive, true, "exclusiveMaximum");
        }
        if (limit != null && integers) {
            BigDecimal v = limit.exclusive
                    ? limit.value.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)
                    : limit.value.setScale(0, RoundingMode.FLOOR);
            limit = new Limit(v, false, limit.keyword);
        }
        return limit;
    }

    private void lowerBound(Located a, Located b, String keyword, boolean exclusive, Limit aLower, List<Finding> out) {
        BigDecimal bound = Keywords.number(b, keyword);
        if (bound == null) {
            return;
        }
        boolean holds = aLower != null && (exclusive && !aLower.exclusive
                ? aLower.value.compareTo(bound) > 0
                : aLower.value.compareTo(bound) >= 0);
        if (!holds) {
            report(a, b, keyword, aLower, true, out);
        }
    }

    private void upperBound(Located a, Located b, String keyword, boolean exclusive, Limit aUpper, List<Finding> out) {
        BigDecimal bound = Keywords.number(b, keyword);
        if (bound == null) {
            return;
        }
        boolean holds = aUpper != null && (exclusive && !aUpper.exclusive
                ? aUpper.value.compareTo(bound) < 0
                : aUpper.value.compareTo(bound) <= 0);
        if (!holds) {
            report(a, b, keyword, aUpper, false, out);
        }
    }

    private void report(Located a, Located b, String keyword, Limit aLimit, boolean lower, List<Finding> out) {
        String prefix = Bounds.snake(keyword);
        ChangeType narrowing = ChangeType.valueOf(prefix + (aLimit == null ? "_ADDED" : lower ? "_INCREASED" : "_DECREASED"));
        ChangeType widening = ChangeType.valueOf(prefix + (aLimit == null ? "_REMOVED" : lower ? "_DECREASED" : "_INCREASED"));
        String aKeyword = aLimit == null ? null : aLimit.keyword;
        out.add(prover.finding(narrowing, widening, a, aKeyword == null ? "" : "/" + aKeyword, b, "/" + keyword, null,
                aKeyword == null ? null : Keywords.text(a.get(aKeyword)), Keywords.text(b.get(keyword))));
    }

    private void multipleOf(Located a, Located b, boolean integers, List<Finding> out) {
        BigDecimal bStep = Keywords.number(b, "multipleOf");
        if (bStep == null || bStep.signum() <= 0) {
            return;
        }
        BigDecimal aStep = Keywords.number(a, "multipleOf");
        if (aStep == null && integers) {
            aStep = BigDecimal.ONE; // every integer is a multiple of 1
        }
        if (aStep != null && aStep.signum() > 0 && aStep.remainder(bStep).signum() == 0) {
            return;
        }
        ChangeType narrowing;
        ChangeType widening;
        if (!a.has("multipleOf")) {
            narrowing = ChangeType.MULTIPLE_OF_ADDED;
            widening = ChangeType.MULTIPLE_OF_REMOVED;
        } else if (aStep.signum() > 0 && bStep.remainder(aStep).signum() == 0) {
            narrowing = ChangeType.MULTIPLE_OF_EXPANDED;
            widening = ChangeType.MULTIPLE_OF_REDUCED;
        } else {
            narrowing = ChangeType.MULTIPLE_OF_CHANGED;
            widening = ChangeType.MULTIPLE_OF_CHANGED;
        }
        out.add(prover.finding(narrowing, widening, a, InclusionProver.at(a, "multipleOf"), b, "/multipleOf", null,
                Keywords.text(a.get("multipleOf")), Keywords.text(b.get("multipleOf"))));
    }

    private void string(Located a, Located b, List<JsonNode> aValues, String only, List<Finding> out) {
        List<String> strings = null;
        if (aValues != null) {
            strings = new ArrayList<>();
            for (JsonNode v : aValues) {
                if (v.isString()) {
                    strings.add(v.stringValue());
                }
            }
        }
        BigDecimal minLength = only.equals("minLength") ? Keywords.number(b, "minLength") : null;
        BigDecimal maxLength = only.equals("maxLength") ? Keywords.number(b, "maxLength") : null;
        if (strings != null) {
            if (minLength != null && strings.stream().anyMatch(s -> s.codePointCount(0, s.length()) < minLength.doubleValue())) {
                bounds.check(a, b, "minLength", true, null, out);
            }
            if (maxLength != null && strings.stream().anyMatch(s -> s.codePointCount(0, s.length()) > maxLength.doubleValue())) {
                bounds.check(a, b, "maxLength", false, null, out);
            }
        } else if (only.equals("minLength")) {
            bounds.check(a, b, "minLength", true, Keywords.number(a, "minLength"), out);
        } else if (only.equals("maxLength")) {
            bounds.check(a, b, "maxLength", false, Keywords.number(a, "maxLength"), out);
        }
        if (strings != null && strings.isEmpty()) {
            return; // no string instance at all: pattern and format cannot reject any
        }
        JsonNode bPattern = only.equals("pattern") ? b.get("pattern") : null;
        if (bPattern != null) {
            JsonNode aPattern = a.get("pattern");
            if (aPattern == null) {
                out.add(prover.finding(ChangeType.PATTERN_ADDED, ChangeType.PATTERN_REMOVED, a, "", b, "/pattern", null, null,
                        Keywords.text(bPattern)));
            } else if (!aPattern.equals(bPattern)) {
                // regular-expression inclusion is not decided here: two different patterns are never called compatible
                out.add(prover.named(ChangeType.CANNOT_PROVE, a, "/pattern", b, "/pattern", "different patterns",
                        Keywords.text(aPattern), Keywords.text(bPattern)));
            }
        }
        JsonNode bFormat = only.equals("format") ? b.get("format") : null;
        if (bFormat != null) {
            JsonNode aFormat = a.get("format");
            if (aFormat == null) {
                out.add(prover.finding(ChangeType.FORMAT_ADDED, ChangeType.FORMAT_REMOVED, a, "", b, "/format", null, null,
                        Keywords.text(bFormat)));
            } else if (!aFormat.equals(bFormat)) {
                out.add(prover.finding(ChangeType.FORMAT_CHANGED, ChangeType.FORMAT_CHANGED, a, "/format", b, "/format", null,
                        Keywords.text(aFormat), Keywords.text(bFormat)));
            }
        }
    }
}
