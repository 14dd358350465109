package dev.benchproof.compat;

import java.net.URI;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Resolution of {@code $ref}: a URI reference against the base of the referring document, then a
 * JSON pointer fragment into the registered document. Plain-name anchors and references inside an
 * embedded resource (a subschema with its own {@code $id}) are not followed: the caller reports
 * cannot-prove rather than guess a base.
 */
final class References {

    private References() {
    }

    /** The target of a schema's $ref, or null when it cannot be resolved from the registry. */
    static Located resolve(Located schema, SchemaResources resources) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || !ref.isString()) {
            return null;
        }
        String text = ref.stringValue();
        JsonNode referrer = resources.document(schema.base()).orElse(null);
        if (referrer == null || insideEmbeddedResource(referrer, schema.pointer())) {
            return null; // its base would be the embedded $id, which this resolver does not track: not followed
        }
        int hash = text.indexOf('#');
        String uriPart = hash < 0 ? text : text.substring(0, hash);
        String fragment = hash < 0 ? "" : percentDecode(text.substring(hash + 1));
        String document;
        try {
            URI base = URI.create(schema.base());
            document = uriPart.isEmpty() ? schema.base()
                    : base.isOpaque() || !base.isAbsolute() ? uriPart : base.resolve(uriPart).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
        JsonNode root = resources.document(document).orElse(null);
        if (root == null || !(fragment.isEmpty() || fragment.startsWith("/"))) {
            return null; // plain-name anchors are not followed: the caller reports cannot-prove
        }
        JsonNode target;
        try {
            target = root.at(JsonPointer.compile(fragment));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (target == null || target.isMissingNode() || insideEmbeddedResource(root, fragment)) {
            return null;
        }
        return new Located(document, fragment, target, false);
    }

    /** True when a schema below the root on the way to {@code pointer} (or at it) declares its own $id. */
    private static boolean insideEmbeddedResource(JsonNode root, String pointer) {
        JsonNode at = root;
        JsonPointer rest;
        try {
            rest = JsonPointer.compile(pointer);
        } catch (IllegalArgumentException e) {
            return true;
        }
        while (!rest.matches()) {
            at = rest.mayMatchProperty() && at.isObject() ? at.get(rest.getMatchingProperty())
                    : rest.mayMatchElement() && at.isArray() ? at.get(rest.getMatchingIndex()) : null;
            if (at == null) {
                return false;
            }
            rest = rest.tail();
            if (at.isObject() && at.has("$id")) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the %XX escapes a URI fragment may carry (a JSON pointer with spaces or non-ASCII names). */
    private static String percentDecode(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

}
