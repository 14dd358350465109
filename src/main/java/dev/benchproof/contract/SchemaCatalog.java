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
import java.util.function.Function;
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
    /** For user schemas: format is an annotation unless their metaschema enables format-assertion (2020-12). */
    private final SchemaRegistry annotatingRegistry;
    private final List<BundledSchema> bundled;
    private final Map<SchemaRef, Schema> compiled = new HashMap<>();

    private SchemaCatalog() {
        this(uri -> null);
    }

    private SchemaCatalog(Function<String, String> moreSchemas) {
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
        Function<String, String> resolvable = uri -> textById.containsKey(uri) ? textById.get(uri) : moreSchemas.apply(uri);
        // The bundled kinds assert their formats (a proof's generated_at must be a date-time), whatever the spec's default.
        this.registry = registry(resolvable, Boolean.TRUE);
        // null leaves the choice to the dialect: 2020-12 asserts only when the metaschema's $vocabulary says so.
        this.annotatingRegistry = registry(resolvable, null);
    }

    private static SchemaRegistry registry(Function<String, String> schemas, Boolean formatAssertions) {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(Locale.ROOT) // messages must not follow the machine's language
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(formatAssertions)
                .build();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(config)
                .schemas(schemas)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    }

    /**
     * The bundled schemas plus more, resolved by absolute URI ({@code null} for an unknown one): used to
     * serve the official test suite's remotes from disk, still without any network.
     */
    public static SchemaCatalog bundledWith(Function<String, String> moreSchemas) {
        return new SchemaCatalog(moreSchemas);
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
     * {@code retrievalUri} is the base of a relative root {@code $id} (RFC 3986 §5.1.3; the suite's
     * "order of evaluation: $id and $ref" cases need one); it is only a name, nothing is read from it.
     * {@code format} asserts as {@code formats} says.
     */
    public Schema compile(JsonNode schemaNode, String sourceName, java.net.URI retrievalUri, FormatAssertion formats) {
        try {
            SchemaRegistry chosen = formats == FormatAssertion.ALWAYS ? registry : annotatingRegistry;
            Schema schema = chosen.getSchema(SchemaLocation.of(retrievalUri.toString()), schemaNode);
            schema.initializeValidators();
            return schema;
        } catch (SchemaException | IllegalStateException e) {
            throw new BadInputException(sourceName + ": unusable schema: " + unresolvable(e));
        }
    }

    /** As {@link #compile(JsonNode, String, java.net.URI, FormatAssertion)}, with no base URI. */
    public Schema compile(JsonNode schemaNode, String sourceName, FormatAssertion formats) {
        try {
            Schema schema = (formats == FormatAssertion.ALWAYS ? registry : annotatingRegistry).getSchema(schemaNode);
            schema.initializeValidators();
            return schema;
        } catch (SchemaException | IllegalStateException e) {
            throw new BadInputException(sourceName + ": unusable schema: " + unresolvable(e));
        }
    }

    /** Compiles a user schema with every format asserted, as the bundled kinds are. */
    public Schema compile(JsonNode schemaNode, String sourceName) {
        return compile(schemaNode, sourceName, FormatAssertion.ALWAYS);
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
