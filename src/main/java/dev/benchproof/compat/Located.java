package dev.benchproof.compat;

import tools.jackson.databind.JsonNode;

/**
 * A subschema and where it sits: the resource it belongs to and its JSON pointer there. The
 * {@code own} view hides the in-place applicators {@code $ref} and {@code allOf}: the prover splits a
 * schema into those conjuncts and its own keywords and compares them separately.
 */
record Located(String base, String pointer, JsonNode node, boolean own) {

    Located child(String... segments) {
        JsonNode at = node;
        StringBuilder path = new StringBuilder(pointer);
        for (String segment : segments) {
            at = at == null ? null : segment.matches("\\d+") && at.isArray() ? at.get(Integer.parseInt(segment)) : at.get(segment);
            path.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return new Located(base, path.toString(), at, false);
    }

    /** The subschema under {@code keyword}, or the schema {@code true} at that pointer when it is absent. */
    Located sub(String keyword) {
        Located child = child(keyword);
        return child.node == null ? new Located(base, child.pointer, Keywords.TRUE, false) : child;
    }

    Located asOwn() {
        return new Located(base, pointer, node, true);
    }

    JsonNode get(String keyword) {
        return node != null && node.isObject() ? node.get(keyword) : null;
    }

    boolean has(String keyword) {
        return get(keyword) != null;
    }

    String key() {
        return base + "#" + pointer + (own ? "!own" : "");
    }

    /** The pointer as reported: bare inside the root document, {@code file#pointer} in another resource. */
    String render(String rootBase) {
        if (base.equals(rootBase)) {
            return pointer;
        }
        return base.substring(base.lastIndexOf('/') + 1) + "#" + pointer;
    }
}
