package dev.benchproof.cli;

import static dev.benchproof.cli.CliRun.projectRoot;
import static dev.benchproof.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.benchproof.compat.InstanceMutations;
import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.SchemaCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lock on the published contract: {@code schemas/v1} may change only in ways proven
 * full-compatible with {@code schemas/released/v1} (descriptions, new artifact kinds, ...); anything
 * else needs a v2 beside v1. The mutation cases show the lock catches each class of breaking edit on a
 * copy of our own schemas, and lets the allowed ones through.
 */
class ReleasedSchemaLockTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    @DisplayName("schemas/v1 is a full-compatible evolution of schemas/released/v1 (issue 11 lock)")
    void publishedV1ChangesOnlyCompatibly() {
        CliRun result = run("schemas", "compat", "--mode", "full", projectRoot().resolve("schemas/released/v1"),
                projectRoot().resolve("schemas/v1"));

        assertEquals(ExitCodes.OK, result.code(), () -> "schemas/v1 breaks the released v1 contract. Each change below is"
                + " named with its type, pointers and member; revert it, or publish it as v2 beside v1"
                + " (README, 'Schema compatibility policy'):\n" + result.out() + result.err());
    }

    /**
     * The lock's verdict checked by sampling: every golden artifact and every valid conformance
     * instance, with their one-step mutations, is valid under the released schema of its kind exactly
     * when it is valid under the current one (full compatibility, both directions).
     */
    @Test
    @DisplayName("golden and conformance artifacts and their mutations agree between released v1 and v1 (issue 11 sampling)")
    void sampledArtifactsAgreeAcrossVersions() throws IOException {
        Path released = projectRoot().resolve("schemas/released/v1");
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(released)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                texts.put(MAPPER.readTree(text).path("$id").asString(), text);
            }
        }
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(texts::get)
                .schemaLoader(loader -> loader.fetchRemoteResources(false)));
        int compared = 0;
        for (java.util.Map.Entry<ArtifactKind, java.util.List<JsonNode>> samples : samples().entrySet()) {
            ArtifactKind kind = samples.getKey();
            if (!texts.containsKey(kind.schemaId())) {
                continue; // a kind added since the release has nothing to agree with
            }
            Schema old = registry.getSchema(SchemaLocation.of(kind.schemaId()));
            Schema current = SchemaCatalog.bundled().schema(kind);
            for (JsonNode instance : InstanceMutations.around(samples.getValue(), 1)) {
                boolean validOld = ContractValidator.bundled().validate(old, instance).isEmpty();
                boolean validNew = ContractValidator.bundled().validate(current, instance).isEmpty();
                assertEquals(validOld, validNew, () -> kind + ": released v1 says " + validOld + ", v1 says " + validNew + " for " + instance);
                compared++;
            }
        }
        assertTrue(compared > 1000, "instances compared: " + compared);
    }

    /** Golden artifacts by their declared kind, and the valid conformance instances of every kind. */
    private static java.util.Map<ArtifactKind, java.util.List<JsonNode>> samples() throws IOException {
        java.util.Map<ArtifactKind, java.util.List<JsonNode>> out = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(projectRoot().resolve("golden"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".approved.json")).sorted().toList()) {
                JsonNode artifact = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
                ContractValidator.declaredKind(artifact).ifPresent(kind -> out.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(artifact));
            }
        }
        for (ArtifactKind kind : ArtifactKind.values()) {
            Path cases = projectRoot().resolve("src/test/resources/conformance/v1/" + kind.kindName() + ".json");
            if (!Files.exists(cases)) {
                continue;
            }
            for (JsonNode group : MAPPER.readTree(Files.readString(cases, StandardCharsets.UTF_8))) {
                for (JsonNode test : group.path("tests")) {
                    if (test.path("valid").asBoolean()) {
                        out.computeIfAbsent(kind, k -> new java.util.ArrayList<>()).add(test.get("data"));
                    }
                }
            }
        }
        return out;
    }

    static Stream<Arguments> breakingEdits() {
        return Stream.of(
                Arguments.of("required member added to benchmark-proof", "benchmark-proof.schema.json",
                        (Consumer<ObjectNode>) s -> {
                            ((ObjectNode) s.get("properties")).putObject("reviewer").put("description", "Who reviewed.").put("type", "string");
                            ((ArrayNode) s.get("required")).add("reviewer");
                        }, "REQUIRED_ATTRIBUTE_ADDED old=#/required new=#/required member='reviewer'"),
                Arguments.of("enum narrowed", "benchmark-report.schema.json",
                        (Consumer<ObjectNode>) s -> removeValue((ArrayNode) s.at("/properties/report_kind/enum"), "summary"),
                        "ENUM_ARRAY_NARROWED old=#/properties/report_kind/enum"),
                Arguments.of("bound tightened in a shared definition", "defs.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.at("/$defs/probability")).put("maximum", 0.5),
                        "MAXIMUM_DECREASED old=defs.schema.json#/$defs/probability/maximum"),
                Arguments.of("bound loosened (breaks forward)", "defs.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.at("/$defs/runId")).put("maxLength", 400),
                        "MAX_LENGTH_INCREASED old=defs.schema.json#/$defs/runId/maxLength"),
                Arguments.of("optional member added to a closed object", "benchmark-proof.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.get("properties")).putObject("note")
                                .put("description", "Free text.").put("type", "string"),
                        "OPTIONAL_PROPERTY_ADDED_TO_CLOSED_CONTENT_MODEL old=#/additionalProperties new=#/properties/note member='note'"),
                Arguments.of("optional member removed from a closed object", "benchmark-proof.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.get("properties")).remove("artifact_digests"),
                        "PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL old=#/properties/artifact_digests"),
                Arguments.of("type changed", "safety-regression-report.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.at("/properties/promotion_allowed")).put("type", "string"),
                        "TYPE_NARROWED old=#/properties/promotion_allowed/type"),
                Arguments.of("pattern edited", "defs.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.at("/$defs/runId")).put("pattern", "^m25-[a-z0-9-]+$"),
                        "CANNOT_PROVE old=defs.schema.json#/$defs/runId/pattern"),
                Arguments.of("shared definition removed", "defs.schema.json",
                        (Consumer<ObjectNode>) s -> ((ObjectNode) s.get("$defs")).remove("sha256"),
                        "DEFINITION_REMOVED old=#/$defs/sha256"),
                Arguments.of("model opened", "validation-report.schema.json",
                        (Consumer<ObjectNode>) s -> s.remove("additionalProperties"),
                        "ADDITIONAL_PROPERTIES_ADDED old=#/additionalProperties"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakingEdits")
    void breakingEditIsCaughtAndNamed(String edit, String file, Consumer<ObjectNode> mutation, String expectedLine) {
        Path edited = copyOfV1("edited");
        mutate(edited.resolve(file), mutation);

        CliRun result = run("schemas", "compat", "--mode", "full", copyOfV1("released"), edited);

        assertEquals(ExitCodes.GATE_FAILED, result.code(), edit + ":\n" + result.out() + result.err());
        assertTrue(result.out().contains(file + ": changed, incompatible (full)"), result.out());
        assertTrue(result.out().contains("  " + expectedLine), () -> "expected '" + expectedLine + "' in:\n" + result.out());
    }

    @Test
    void removedSchemaFileIsCaught() throws IOException {
        Path edited = copyOfV1("edited");
        Files.delete(edited.resolve("sample-vector.schema.json"));

        CliRun result = run("schemas", "compat", "--mode", "full", copyOfV1("released"), edited).expectCode(ExitCodes.GATE_FAILED);

        assertTrue(result.out().contains("  SCHEMA_REMOVED old=# new=# member='sample-vector.schema.json'"), result.out());
    }

    @Test
    void editedDescriptionsAndTitlesPassTheLock() {
        Path edited = copyOfV1("edited");
        try (Stream<Path> files = Files.list(edited)) {
            for (Path file : files.toList()) {
                mutate(file, ReleasedSchemaLockTest::rewordAnnotations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        CliRun result = run("schemas", "compat", "--mode", "full", copyOfV1("released"), edited).expectCode(ExitCodes.OK);

        assertTrue(result.lastLine().contains("compatible=true") && result.lastLine().contains("changed=0"), result.out());
    }

    @Test
    void newArtifactKindPassesTheLock() {
        Path edited = copyOfV1("edited");
        CliRun.write(edited.resolve("checkpoint-card.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$id": "https://benchproof.dev/schemas/v1/checkpoint-card.schema.json",
                 "title": "Checkpoint card", "description": "A new kind.", "type": "object", "additionalProperties": false,
                 "required": ["run_id"], "properties": {"run_id": {"description": "Run.", "$ref": "defs.schema.json#/$defs/runId"}}}
                """);

        CliRun result = run("schemas", "compat", "--mode", "full", copyOfV1("released"), edited).expectCode(ExitCodes.OK);

        assertTrue(result.out().contains("checkpoint-card.schema.json: added, compatible (full)"), result.out());
    }

    /** Every title and description gets a different wording, recursively (property names are left alone). */
    private static void rewordAnnotations(ObjectNode schema) {
        for (String name : java.util.List.copyOf(schema.propertyNames())) {
            JsonNode value = schema.get(name);
            if ((name.equals("description") || name.equals("title")) && value.isString()) {
                schema.put(name, value.stringValue() + " (reworded)");
            } else if (value.isObject()) {
                rewordAnnotations((ObjectNode) value);
            } else if (value.isArray()) {
                value.forEach(item -> {
                    if (item.isObject()) {
                        rewordAnnotations((ObjectNode) item);
                    }
                });
            }
        }
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isString() && array.get(i).stringValue().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new AssertionError(value + " not in " + array);
    }

    private static void mutate(Path file, Consumer<ObjectNode> mutation) {
        try {
            ObjectNode schema = (ObjectNode) MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            mutation.accept(schema);
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(schema), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path copyOfV1(String name) {
        Path target = tmp.resolve(name);
        try (Stream<Path> files = Files.list(projectRoot().resolve("schemas/v1"))) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
