package dev.benchproof.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Instances near the hand-written examples of a corpus pair: each example with one member dropped,
 * nulled, added or mutated, arrays shortened and grown, numbers and strings nudged, plus a fixed set of
 * probes of every type. The sampling test keeps those valid under the source schema.
 */
public final class InstanceMutations {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private InstanceMutations() {
    }

    public static List<JsonNode> around(List<JsonNode> examples) {
        return around(examples, 2);
    }

    /** The probes, the examples and their mutations nested up to {@code depth} levels deep. */
    public static List<JsonNode> around(List<JsonNode> examples, int depth) {
        Map<String, JsonNode> out = new LinkedHashMap<>(); // dedupe by text, keep order: runs are deterministic
        for (JsonNode probe : probes()) {
            out.putIfAbsent(probe.toString(), probe);
        }
        for (JsonNode example : examples) {
            out.putIfAbsent(example.toString(), example);
            for (JsonNode mutated : mutate(example, depth)) {
                out.putIfAbsent(mutated.toString(), mutated);
            }
        }
        return new ArrayList<>(out.values());
    }

    private static List<JsonNode> probes() {
        ObjectNode object = F.objectNode();
        object.put("a", 1);
        ArrayNode array = F.arrayNode();
        array.add(1);
        return List.of(F.nullNode(), F.booleanNode(true), F.booleanNode(false), F.numberNode(0), F.numberNode(1),
                F.numberNode(-1), F.numberNode(2.5), F.numberNode(100), F.stringNode(""), F.stringNode("a"),
                F.stringNode("abc"), F.arrayNode(), array, F.objectNode(), object);
    }

    public static List<JsonNode> mutate(JsonNode value, int depth) {
        List<JsonNode> out = new ArrayList<>();
        if (value.isNumber()) {
            double d = value.doubleValue();
            if (value.isIntegralNumber()) {
                long l = value.longValue();
                out.add(F.numberNode(l + 1));
                out.add(F.numberNode(l - 1));
                out.add(F.numberNode(l * 2));
                out.add(F.numberNode(-l));
            }
            out.add(F.numberNode(d + 0.5));
            out.add(F.numberNode(d + 1));
            out.add(F.numberNode(d - 1));
            out.add(F.numberNode(0));
        } else if (value.isString()) {
            String s = value.stringValue();
            out.add(F.stringNode(s + "x"));
            out.add(F.stringNode(""));
            if (!s.isEmpty()) {
                out.add(F.stringNode(s.substring(1)));
                out.add(F.stringNode(s + s));
            }
        } else if (value.isBoolean()) {
            out.add(F.booleanNode(!value.booleanValue()));
        } else if (value.isArray()) {
            ArrayNode array = (ArrayNode) value;
            if (!array.isEmpty()) {
                ArrayNode shorter = array.deepCopy();
                shorter.remove(shorter.size() - 1);
                out.add(shorter);
                ArrayNode longer = array.deepCopy();
                longer.add(array.get(0).deepCopy());
                out.add(longer);
                if (depth > 0) {
                    for (JsonNode item : mutate(array.get(0), depth - 1)) {
                        ArrayNode copy = array.deepCopy();
                        copy.set(0, item);
                        out.add(copy);
                    }
                }
            }
            ArrayNode withNull = array.deepCopy();
            withNull.addNull();
            out.add(withNull);
        } else if (value.isObject()) {
            ObjectNode object = (ObjectNode) value;
            for (String name : object.propertyNames()) {
                ObjectNode without = object.deepCopy();
                without.remove(name);
                out.add(without);
                ObjectNode nulled = object.deepCopy();
                nulled.putNull(name);
                out.add(nulled);
                if (depth > 0) {
                    for (JsonNode member : mutate(object.get(name), depth - 1)) {
                        ObjectNode copy = object.deepCopy();
                        copy.set(name, member);
                        out.add(copy);
                    }
                }
            }
            ObjectNode extra = object.deepCopy();
            extra.put("extra", 1);
            out.add(extra);
            ObjectNode extraText = object.deepCopy();
            extraText.put("x-note", "s");
            out.add(extraText);
        }
        return out;
    }
}
