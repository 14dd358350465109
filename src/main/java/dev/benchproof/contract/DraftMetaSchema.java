package dev.benchproof.contract;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The draft 2020-12 meta-schema, as bundled by the validator (nothing is fetched): tells whether a
 * document is a schema at all before anything compares or compiles it.
 */
public final class DraftMetaSchema {

    public static final String ID = "https://json-schema.org/draft/2020-12/schema";

    private static final Schema META = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder().locale(Locale.ROOT).pathType(PathType.JSON_POINTER).build()))
            .getSchema(SchemaLocation.of(ID));

    private DraftMetaSchema() {
    }

    /** The first rule of the meta-schema the document breaks, as {@code <pointer>: <message>}, or empty. */
    public static Optional<String> firstViolation(JsonNode document) {
        List<Error> errors;
        synchronized (META) {
            errors = META.validate(document);
        }
        return errors.stream().findFirst().map(e -> {
            String at = e.getInstanceLocation().toString();
            return (at.isEmpty() ? "/" : at) + ": " + SchemaCatalog.oneLine(new IllegalStateException(e.getMessage()));
        });
    }
}
