package dev.benchproof.contract;

import dev.benchproof.TestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/** Every bundled schema is a well-formed, self-describing draft 2020-12 schema, and the catalog lists them all. */
class SchemaMetaTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Schema META = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));

    @TestFactory
    Stream<DynamicTest> everyBundledSchema() {
        return SchemaCatalog.bundled().list().stream().flatMap(bundled -> {
            JsonNode schema = TestJson.json(bundled.text());
            String name = bundled.fileName();
            return Stream.of(
                    dynamicTest(name + " validates against the draft 2020-12 meta-schema", () -> {
                        List<Error> errors = META.validate(schema);
                        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
                    }),
                    dynamicTest(name + " declares draft 2020-12", () ->
                            assertEquals(DRAFT_2020_12, schema.path("$schema").asString())),
                    dynamicTest(name + " has an absolute $id under the prefix equal to its file name", () -> {
                        assertEquals(ArtifactKind.ID_PREFIX + name, schema.path("$id").asString());
                        assertEquals(bundled.id(), schema.path("$id").asString());
                    }),
                    dynamicTest(name + " has a title and a description", () -> {
                        assertTrue(nonBlank(schema.get("title")), "title");
                        assertTrue(nonBlank(schema.get("description")), "description");
                    }),
                    dynamicTest(name + " describes every property and definition", () ->
                            assertEquals(List.of(), undescribed(schema, ""))));
        });
    }

    @Test
    void catalogListsEverySchemaFileAndShipsItUnchanged() throws IOException {
        Path dir = projectRoot().resolve("schemas/v1");
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(dir)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Map<String, String> listed = SchemaCatalog.bundled().list().stream()
                .collect(Collectors.toMap(SchemaCatalog.BundledSchema::fileName, SchemaCatalog.BundledSchema::text));
        assertEquals(onDisk, new TreeSet<>(listed.keySet()), "schema files in " + dir + " against the catalog");
        for (String file : onDisk) {
            assertEquals(Files.readString(dir.resolve(file), StandardCharsets.UTF_8), listed.get(file),
                    file + ": the bundled copy must equal the source file");
        }
    }

    @Test
    void everyKindHasItsSchemaInTheCatalog() {
        Set<String> ids = SchemaCatalog.bundled().list().stream().map(SchemaCatalog.BundledSchema::id)
                .collect(Collectors.toSet());
        for (ArtifactKind kind : ArtifactKind.values()) {
            assertTrue(ids.contains(kind.schemaId()), kind + " is missing from the catalog");
        }
    }

    /** The two checks above are live: they do catch a broken schema. */
    @Test
    void checksCatchBrokenSchemas() {
        assertTrue(!META.validate(TestJson.json("{\"type\": 5, \"minimum\": \"x\"}")).isEmpty(),
                "the meta-schema must reject a non-schema");
        JsonNode schema = TestJson.json("""
                {"properties": {"a": {"description": "A.", "properties": {"b": {"type": "string"}}}},
                 "$defs": {"d": {"type": "object", "properties": {"c": {"description": "C."}}},
                           "e": {"description": "E.", "items": {"properties": {"f": {}}}}},
                 "if": {"properties": {"a": {"const": 1}}}}
                """);
        assertEquals(List.of("/properties/a/properties/b", "/$defs/d", "/$defs/e/items/properties/f"),
                undescribed(schema, ""));
    }

    /**
     * Pointers of property and {@code $defs} subschemas without a description, searched through every
     * subschema. The conditions of {@code if} and {@code not} are skipped: they test properties already
     * declared (and described) elsewhere, they do not declare any.
     */
    static List<String> undescribed(JsonNode node, String pointer) {
        List<String> missing = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                missing.addAll(undescribed(node.get(i), pointer + "/" + i));
            }
        }
        if (!node.isObject()) {
            return missing;
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String key = member.getKey();
            String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            if (key.equals("if") || key.equals("not") || key.equals("const") || key.equals("enum")) {
                continue;
            }
            if ((key.equals("properties") || key.equals("$defs")) && member.getValue().isObject()) {
                for (Map.Entry<String, JsonNode> declared : member.getValue().properties()) {
                    String declaredAt = at + "/" + declared.getKey().replace("~", "~0").replace("/", "~1");
                    if (!nonBlank(declared.getValue().get("description"))) {
                        missing.add(declaredAt);
                    }
                    missing.addAll(undescribed(declared.getValue(), declaredAt));
                }
            } else {
                missing.addAll(undescribed(member.getValue(), at));
            }
        }
        return missing;
    }

    private static boolean nonBlank(JsonNode node) {
        return node != null && node.isString() && !node.asString().isBlank();
    }

    static Path projectRoot() {
        return Path.of(System.getProperty("benchproof.projectRoot", "."));
    }
}
