package dev.benchproof.contract;

import dev.benchproof.TestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Artifacts in the shape the reference scripts write them (hand-written from CONTRACT.md's field lists: no
 * {@code $schema}, none of benchproof's optional additions) stay valid under the v1 schemas. One directory
 * per kind under {@code reference-templates/}.
 */
class ReferenceTemplatesTest {

    private static final Set<ArtifactKind> BENCHPROOF_ONLY = Set.of(ArtifactKind.VALIDATION_REPORT,
            ArtifactKind.EPISODE_RECORD, ArtifactKind.TASK_SCORES, ArtifactKind.AGGREGATE_COMPARISON,
            ArtifactKind.SCHEMA_COMPATIBILITY_REPORT);
    private static final Map<String, JsonNode> SCHEMAS = SchemaCatalog.bundled().list().stream()
            .collect(Collectors.toMap(SchemaCatalog.BundledSchema::id, s -> TestJson.json(s.text())));

    @TestFactory
    Stream<DynamicNode> referenceShapedArtifactsValidate() {
        // validation-report and the run-level kinds (episode records, task scores, aggregate comparison) and the schema-compatibility report are
        // benchproof's own; the reference system has no such documents.
        return Stream.of(ArtifactKind.values()).filter(kind -> !BENCHPROOF_ONLY.contains(kind)).map(kind -> dynamicContainer(kind.kindName(),
                templates(kind).stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
                    JsonNode artifact = TestJson.json(file);
                    assertFalse(artifact.isObject() && artifact.has("$schema"), "reference artifacts carry no $schema");
                    assertEquals(List.of(), ContractValidator.bundled().validate(kind, artifact));
                    if (kind != ArtifactKind.ARTIFACT_MANIFEST) { // its entries carry the optional identity fields of their kind
                        JsonNode schema = SCHEMAS.get(kind.schemaId());
                        assertEquals(List.of(), optionalMembers(schema, kind.schemaId(), artifact, ""),
                                "a reference artifact holds only the members v1 requires");
                    }
                }))));
    }

    private static List<Path> templates(ArtifactKind kind) {
        String dir = "reference-templates/" + kind.kindName();
        URL url = ReferenceTemplatesTest.class.getClassLoader().getResource(dir);
        assertNotNull(url, "missing " + dir);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            List<Path> out = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            assertFalse(out.isEmpty(), dir + " has no template");
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Pointers of instance members the schema does not require (its optional additions); a member required
     * only by the schema's {@code then} (the significance section) counts as required. Follows {@code $ref}
     * within the bundled schemas.
     */
    static List<String> optionalMembers(JsonNode schema, String baseId, JsonNode instance, String pointer) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            int hash = ref.indexOf('#');
            String doc = ref.substring(0, hash);
            if (!doc.isEmpty()) {
                baseId = ArtifactKind.ID_PREFIX + doc;
            }
            schema = SCHEMAS.get(baseId).at(ref.substring(hash + 1));
        }
        List<String> out = new ArrayList<>();
        if (instance.isObject()) {
            Set<String> required = new HashSet<>();
            schema.path("required").forEach(r -> required.add(r.asString()));
            schema.at("/then/required").forEach(r -> required.add(r.asString()));
            for (Map.Entry<String, JsonNode> member : instance.properties()) {
                String at = pointer + "/" + member.getKey();
                if (!required.contains(member.getKey())) {
                    out.add(at);
                }
                JsonNode sub = schema.path("properties").path(member.getKey());
                if (!sub.isMissingNode()) {
                    out.addAll(optionalMembers(sub, baseId, member.getValue(), at));
                }
            }
        } else if (instance.isArray() && schema.has("items")) {
            for (int i = 0; i < instance.size(); i++) {
                out.addAll(optionalMembers(schema.get("items"), baseId, instance.get(i), pointer + "/" + i));
            }
        }
        return out;
    }
}
