package dev.benchproof.contract;

import dev.benchproof.TestJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Runs the contract's own cases, written in the JSON-Schema-Test-Suite format, one file per kind under
 * {@code conformance/v1/}. Each group's schema is {@code {"$ref": "<kind $id>"}}; each test says whether its
 * data is valid. An invalid case breaks exactly one rule, so it must be reported as exactly one violation,
 * at {@code expected_pointer} and, when given, with {@code expected_keyword} as the last segment of its
 * keywordLocation (a schema keyword, or {@code benchproof:<rule>} for a cross-field rule).
 */
class ContractConformanceTest {

    private static final ContractValidator VALIDATOR = ContractValidator.bundled();

    @TestFactory
    Stream<DynamicNode> conformance() {
        return Stream.of(ArtifactKind.values()).map(kind -> dynamicContainer(kind.kindName(), groups(kind)));
    }

    private static Stream<DynamicNode> groups(ArtifactKind kind) {
        JsonNode file = read("conformance/v1/" + kind.kindName() + ".json");
        assertTrue(file.isArray() && !file.isEmpty(), kind + ": the conformance file must be a non-empty array");
        List<DynamicNode> groups = new ArrayList<>();
        for (JsonNode group : file) {
            String ref = group.at("/schema/$ref").asString();
            assertEquals(kind.schemaId(), ref, group.path("description").asString() + ": schema must $ref the kind's $id");
            List<DynamicNode> tests = new ArrayList<>();
            for (JsonNode test : group.path("tests")) {
                tests.add(dynamicTest(test.path("description").asString(), () -> check(kind, test)));
            }
            groups.add(dynamicContainer(group.path("description").asString(), tests.stream()));
        }
        return groups.stream();
    }

    private static void check(ArtifactKind kind, JsonNode test) {
        JsonNode data = test.get("data");
        assertNotNull(data, "test has no data");
        List<Violation> violations = VALIDATOR.validate(kind, data);
        if (test.path("valid").asBoolean()) {
            assertEquals(List.of(), violations, "expected valid, got:\n" + render(violations));
            return;
        }
        assertEquals(1, violations.size(), "expected exactly one violation, got:\n" + render(violations));
        Violation violation = violations.get(0);
        assertTrue(test.has("expected_pointer"), "an invalid case must name expected_pointer");
        assertEquals(test.get("expected_pointer").asString(), violation.instanceLocation(),
                "instanceLocation of " + describe(violation));
        if (test.has("expected_keyword")) {
            assertEquals(test.get("expected_keyword").asString(), lastSegment(violation.keywordLocation()),
                    "keyword of " + describe(violation));
        }
    }

    /** {@code /properties/run_id/$ref/pattern} gives {@code pattern}; a cross-field rule keeps its whole name. */
    static String lastSegment(String keywordLocation) {
        if (keywordLocation.startsWith(Violation.CROSS_FIELD_PREFIX)) {
            return keywordLocation;
        }
        return keywordLocation.substring(keywordLocation.lastIndexOf('/') + 1);
    }

    private static String describe(Violation violation) {
        return violation.keywordLocation() + " " + violation.render();
    }

    private static String render(List<Violation> violations) {
        return violations.stream().map(ContractConformanceTest::describe).collect(Collectors.joining("\n"));
    }

    static JsonNode read(String resource) {
        try (InputStream in = ContractConformanceTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "missing test resource " + resource);
            return TestJson.json(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
