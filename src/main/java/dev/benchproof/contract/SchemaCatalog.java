package dev.benchproof.contract;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.benchproof.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The bundled schemas of every {@link SchemaVersion}, side by side, and the one compiled {@link Schema}
 * per kind and version, compiled on first use. Every {@code $id} resolves from the copies inside the
 * jar; remote fetching is switched off, so an unknown {@code $ref} fails at once instead of touching the
 * network.
 */
public final class SchemaCatalog {

    /** Shared definitions: bundled and resolvable, but not a kind of its own. */
    public static final String DEFS_FILE = "defs.schema.json";

    private static final SchemaCatalog BUNDLED = new SchemaCatalog();

    private final Map<String, String> textById;
    private final SchemaRegistry registry;
    private final List<BundledSchema> bundled;
    private final Map<SchemaRef, Schema> compiled = new HashMap<>();

    private SchemaCatalog() {
        Map<String, String> texts = new LinkedHashMap<>();
        List<BundledSchema> schemas = new ArrayList<>();
        for (SchemaVersion version : SchemaVersion.values()) {
            for (ArtifactKind kind : ArtifactKind.values()) {
                SchemaRef ref = new SchemaRef(kind, version);
                // A kind added in a later version has no file in the earlier ones.
                readResource(ref.resource(), version != SchemaVersion.CURRENT).ifPresent(text -> {
                    texts.put(ref.id(), text);
                    schemas.add(new BundledSchema(kind.kindName(), version.number(), ref.id(), kind.fileName(), text));
                });
            }
            String defsId = version.idPrefix() + DEFS_FILE;
            String defs = readResource(version.resource(DEFS_FILE), false).orElseThrow();
            texts.put(defsId, defs);
            schemas.add(new BundledSchema("defs", version.number(), defsId, DEFS_FILE, defs));
        }
        this.textById = Collections.unmodifiableMap(texts);
        this.bundled = List.copyOf(schemas);
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(Locale.ROOT) // messages must not follow the machine's language
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                .schemas(textById::get)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    public static SchemaCatalog bundled() {
        return BUNDLED;
    }

    /** The compiled schema of a kind in the version artifacts are written in. */
    public Schema schema(ArtifactKind kind) {
        return schema(SchemaRef.current(kind));
    }

    /** The compiled schema of a kind in one version, compiled once and reused. */
    public synchronized Schema schema(SchemaRef ref) {
        return compiled.computeIfAbsent(ref, r -> {
            if (!textById.containsKey(r.id())) {
                throw new IllegalStateException("no bundled schema " + r.id());
            }
            Schema schema = registry.getSchema(SchemaLocation.of(r.id()));
            schema.initializeValidators(); // resolve every $ref now, not on the first instance
            return schema;
        });
    }

    /** True when the catalog bundles {@code ref}: a kind exists only in the versions that have its file. */
    public boolean has(SchemaRef ref) {
        return textById.containsKey(ref.id());
    }

    /**
     * Compiles a user-supplied draft 2020-12 schema (the generic {@code --schema} mode). Its
     * {@code $ref}s may name the bundled schemas; any other remote reference is an error naming the URI.
     */
    public Schema compile(JsonNode schemaNode, String sourceName) {
        try {
            Schema schema = registry.getSchema(schemaNode);
            schema.initializeValidators();
            return schema;
        } catch (SchemaException | IllegalStateException e) {
            throw new BadInputException(sourceName + ": unusable schema: " + unresolvable(e));
        }
    }

    /** The bundled schema files in a fixed order: by version, the artifact kinds, the inputs, then the shared definitions. */
    public List<BundledSchema> list() {
        return bundled;
    }

    /** Names the URI when a $ref could not be resolved from the bundled copies. */
    static String unresolvable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.FileNotFoundException) {
                return "$ref " + cause.getMessage() + " cannot be resolved: only the bundled schemas are available"
                        + " and nothing is fetched over a network";
            }
        }
        return oneLine(e);
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    private static Optional<String> readResource(String resource, boolean optional) {
        try (InputStream in = SchemaCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                if (optional) {
                    return Optional.empty();
                }
                throw new IllegalStateException("bundled schema missing from the jar: " + resource);
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One bundled schema file, its text exactly as shipped. */
    public record BundledSchema(String kind, int version, String id, String fileName, String text) {
    }
}
