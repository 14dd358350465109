package dev.benchproof.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The SARIF output is valid against the published SARIF 2.1.0 schema and locates each result by file and pointer. */
class SarifOutputTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SARIF_SCHEMA = sarifSchema();

    private static Schema sarifSchema() {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true).build())
                            .schemaLoader(loader -> loader.fetchRemoteResources(false)));
            return registry.getSchema(MAPPER.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertValidSarif(String sarif) {
        List<Error> errors = SARIF_SCHEMA.validate(MAPPER.readTree(sarif));
        assertTrue(errors.isEmpty(), () -> "not valid SARIF 2.1.0: " + errors + "\n" + sarif);
    }

    @Test
    void theSchemaCanFail() {
        assertFalse(SARIF_SCHEMA.validate(MAPPER.readTree("{\"version\": \"2.1.0\", \"runs\": [{}]}")).isEmpty());
    }

    @Test
    void renderedReportsAreValidSarif() {
        assertValidSarif(Sarif.render(Reports.validation()));
        assertValidSarif(Sarif.render(Reports.gate()));
        assertValidSarif(Sarif.render(new CheckReport("validate", List.of(), "0 files checked, all valid")));
    }

    @Test
    void resultsCarryFileAsUriReferenceAndPointerAsLogicalLocation() {
        JsonNode run = MAPPER.readTree(Sarif.render(Reports.validation())).get("runs").get(0);
        JsonNode results = run.get("results");
        assertEquals(3, results.size());
        JsonNode first = results.get(0);
        assertEquals("minimum", first.get("ruleId").asString());
        JsonNode location = first.get("locations").get(0);
        assertEquals("reports/odd%2C%20name%20100%25.json",
                location.get("physicalLocation").get("artifactLocation").get("uri").asString());
        assertEquals("/a:b/0", location.get("logicalLocations").get(0).get("fullyQualifiedName").asString());
        List<String> rules = run.get("tool").get("driver").get("rules").valueStream()
                .map(r -> r.get("id").asString()).toList();
        assertEquals(List.of("minimum", "parse", "required"), rules);
    }

    /** Every approved golden SARIF output (golden/<command>/<case>/stdout.approved.sarif). */
    @TestFactory
    Stream<DynamicTest> goldenSarifOutputsAreValid() throws IOException {
        Path golden = Path.of(System.getProperty("benchproof.projectRoot", "."), "golden");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(golden)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".approved.sarif")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no golden SARIF outputs");
        return files.stream().map(f -> dynamicTest(golden.relativize(f).toString(),
                () -> assertValidSarif(Files.readString(f, StandardCharsets.UTF_8))));
    }
}
