package dev.benchproof.compat;

import dev.benchproof.io.CanonicalJsonWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Which draft 2020-12 keywords assert, and value helpers the rules share. */
final class Keywords {

    static final JsonNode TRUE = BooleanNode.TRUE;

    /** Keywords that can make an instance invalid; every other keyword is an annotation or unknown, hence a no-op. */
    static final Set<String> ASSERTIONS = Set.of("type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum",
            "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "format", "maxItems", "minItems",
            "uniqueItems", "maxContains", "minContains", "contains", "items", "prefixItems", "unevaluatedItems",
            "maxProperties", "minProperties", "required", "dependentRequired", "properties", "patternProperties",
            "additionalProperties", "unevaluatedProperties", "propertyNames", "dependentSchemas", "allOf", "anyOf",
            "oneOf", "not", "if", "then", "else", "$ref", "$dynamicRef");

    /** The in-place applicators the prover treats as separate conjuncts. */
    static final Set<String> CONJUNCTS = Set.of("$ref", "allOf");

    /** Applicators whose annotations {@code unevaluated*} sees besides the adjacent keywords. */
    static final Set<String> IN_PLACE = Set.of("$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "if", "dependentSchemas");

    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final Set<String> SCHEMA_ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SCHEMAS = Set.of("items", "contains", "additionalProperties", "unevaluatedItems",
            "unevaluatedProperties", "propertyNames", "not", "if", "then", "else");

    private Keywords() {
    }

    /** True when the schema accepts every instance: {@code true}, or an object with no assertion (its own view skips {@code $ref}/{@code allOf}). */
    static boolean isTrivial(Located schema) {
        JsonNode node = schema.node();
        if (node == null || node.isBoolean()) {
            return node == null || node.booleanValue();
        }
        if (!node.isObject()) {
            return false;
        }
        for (String name : node.propertyNames()) {
            if (ASSERTIONS.contains(name) && !(schema.own() && CONJUNCTS.contains(name)) && !isNoOp(node, name)) {
                return false;
            }
        }
        return true;
    }

    /** Keywords that assert nothing on their own: then/else without if, an if without then and else, an empty allOf. */
    private static boolean isNoOp(JsonNode node, String name) {
        return switch (name) {
            case "then", "else" -> !node.has("if");
            case "if" -> !node.has("then") && !node.has("else");
            default -> false;
        };
    }

    /** True for the schemas no instance satisfies: {@code false}, {@code {"not": {}}}, an empty enum. */
    static boolean isFalse(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return !node.booleanValue();
        }
        JsonNode not = node.get("not");
        if (not != null && (not.isBoolean() ? not.booleanValue() : not.isObject() && isTrivial(new Located("", "", not, false)))) {
            return true;
        }
        JsonNode values = node.get("enum");
        return values != null && values.isArray() && values.isEmpty();
    }

    /** The finite set of values a schema's own const/enum allows, or null when it has neither. */
    static List<JsonNode> values(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        List<JsonNode> out = null;
        if (node.has("enum") && node.get("enum").isArray()) {
            out = new ArrayList<>();
            node.get("enum").forEach(out::add);
        }
        if (node.has("const")) {
            JsonNode c = node.get("const");
            out = out == null || out.stream().anyMatch(v -> jsonEquals(v, c)) ? List.of(c) : List.of();
        }
        return out;
    }

    static boolean contains(List<JsonNode> values, JsonNode value) {
        return values.stream().anyMatch(v -> jsonEquals(v, value));
    }

    /** JSON equality as the spec defines it: numbers by mathematical value, objects regardless of member order. */
    static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> member : a.properties()) {
                JsonNode other = b.get(member.getKey());
                if (other == null || !jsonEquals(member.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!jsonEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * The exact value of a number node. A double is read through the shortest round-trip digits
     * (ECMAScript's), not {@code Double.toString}, whose digits differ between JDK 17 and 19+.
     */
    static BigDecimal decimal(JsonNode number) {
        if (number.isFloatingPointNumber() && !number.isBigDecimal()) {
            return new BigDecimal(CanonicalJsonWriter.formatNumber(number.doubleValue()));
        }
        return new BigDecimal(number.toString());
    }

    static BigDecimal number(Located schema, String keyword) {
        JsonNode value = schema.get(keyword);
        return value != null && value.isNumber() ? decimal(value) : null;
    }

    /** A keyword value as compact JSON for a report, numbers as the project's writer prints them. */
    static String text(JsonNode value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        compact(out, value);
        return out.toString();
    }

    private static void compact(StringBuilder out, JsonNode value) {
        if (value.isNumber()) {
            out.append(value.isIntegralNumber() ? value.bigIntegerValue().toString() : CanonicalJsonWriter.formatNumber(value.doubleValue()));
        } else if (value.isArray()) {
            out.append('[');
            for (int i = 0; i < value.size(); i++) {
                out.append(i == 0 ? "" : ",");
                compact(out, value.get(i));
            }
            out.append(']');
        } else if (value.isObject()) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonNode> member : value.properties()) {
                out.append(first ? "" : ",").append(JsonNodeFactory.instance.stringNode(member.getKey())).append(':');
                compact(out, member.getValue());
                first = false;
            }
            out.append('}');
        } else {
            out.append(value); // strings, booleans and null: Jackson's escaping is the same on every JDK
        }
    }

    /** True when the schema holds a reference anywhere: its meaning then depends on more than its own text. */
    static boolean hasReferences(JsonNode node) {
        if (node == null) {
            return false;
        }
        if (node.isObject()) {
            if (node.has("$ref") || node.has("$dynamicRef")) {
                return true;
            }
            for (JsonNode child : node.values()) {
                if (hasReferences(child)) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                if (hasReferences(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when both reference-free schemas assert the same, ignoring annotations (title, description, examples...). */
    static boolean sameAssertions(JsonNode a, JsonNode b) {
        if (a == null || b == null || hasReferences(a) || hasReferences(b)) {
            return false;
        }
        return assertionsOnly(a).equals(assertionsOnly(b));
    }

    /** A copy keeping only assertion keywords, recursively through subschemas (property names are kept whatever they are). */
    static JsonNode assertionsOnly(JsonNode schema) {
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> member = it.next();
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (!ASSERTIONS.contains(name)) {
                continue;
            }
            if (SCHEMA_MAPS.contains(name) && value.isObject()) {
                ObjectNode map = JsonNodeFactory.instance.objectNode();
                value.properties().forEach(e -> map.set(e.getKey(), assertionsOnly(e.getValue())));
                out.set(name, map);
            } else if (SCHEMA_ARRAYS.contains(name) && value.isArray()) {
                var array = JsonNodeFactory.instance.arrayNode();
                value.forEach(v -> array.add(assertionsOnly(v)));
                out.set(name, array);
            } else if (SCHEMAS.contains(name)) {
                out.set(name, assertionsOnly(value));
            } else {
                out.set(name, value);
            }
        }
        return out;
    }
}
