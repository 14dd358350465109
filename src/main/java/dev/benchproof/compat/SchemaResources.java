package dev.benchproof.compat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The schema documents a {@code $ref} may reach, by absolute URI (without fragment). A document is
 * registered under its {@code $id}; a root without one gets a synthetic base so that its local
 * {@code #/...} references still resolve. Immutable: {@link #with} returns a copy.
 */
public final class SchemaResources {

    /** The base of a root that declares no {@code $id}; only its own local references resolve. */
    public static final String ANONYMOUS_BASE = "urn:benchproof:anonymous-schema";

    private final Map<String, JsonNode> byUri;

    private SchemaResources(Map<String, JsonNode> byUri) {
        this.byUri = Collections.unmodifiableMap(byUri);
    }

    public static SchemaResources empty() {
        return new SchemaResources(Map.of());
    }

    /** A registry holding just {@code root}, under its {@code $id} or {@link #ANONYMOUS_BASE}. */
    public static SchemaResources of(JsonNode root) {
        return empty().with(baseOf(root), root);
    }

    /** A copy that also resolves {@code uri} to {@code document}. */
    public SchemaResources with(String uri, JsonNode document) {
        Map<String, JsonNode> copy = new LinkedHashMap<>(byUri);
        copy.put(stripFragment(uri), document);
        return new SchemaResources(copy);
    }

    /** The document registered under {@code uri} (fragment ignored). */
    public Optional<JsonNode> document(String uri) {
        return Optional.ofNullable(byUri.get(stripFragment(uri)));
    }

    /** The base URI of a root document: its {@code $id} without fragment, or {@link #ANONYMOUS_BASE}. */
    public static String baseOf(JsonNode root) {
        JsonNode id = root != null && root.isObject() ? root.get("$id") : null;
        return id != null && id.isString() && !id.stringValue().isEmpty() ? stripFragment(id.stringValue()) : ANONYMOUS_BASE;
    }

    private static String stripFragment(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
