package dev.benchproof.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Schema;
import dev.benchproof.io.StrictJsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The official JSON-Schema-Test-Suite (src/test/suite, see its README for the exact copy) run through
 * the code path of {@code validate --schema}: the strict reader, {@link SchemaCatalog#compile} in the
 * specification's format mode, and {@link ContractValidator#validate(Schema, JsonNode)}. The suite's
 * remotes ({@code http://localhost:1234/...}) are served from disk; nothing touches a network.
 */
class OfficialSuiteConformanceTest {

    private static final Path SUITE = Path.of(System.getProperty("benchproof.projectRoot", "."), "src/test/suite");
    private static final Path TESTS = SUITE.resolve("tests/draft2020-12");
    private static final String REMOTE_PREFIX = "http://localhost:1234/";

    /** Cases that do not pass, keyed "file / group / test", each with the reason. None today. */
    private static final Map<String, String> SKIPPED = Map.of();

    private static final SchemaCatalog CATALOG = SchemaCatalog.bundledWith(OfficialSuiteConformanceTest::remote);

    /** A remote of the suite by its URI, or null when it is not one (the registry then reports it unresolved). */
    private static String remote(String uri) {
        if (!uri.startsWith(REMOTE_PREFIX)) {
            return null;
        }
        Path file = SUITE.resolve("remotes").resolve(uri.substring(REMOTE_PREFIX.length())).normalize();
        if (!file.startsWith(SUITE.resolve("remotes")) || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The required test files: tests/draft2020-12/*.json, without the optional/ folder. */
    static List<Path> requiredFiles() {
        try (Stream<Path> files = Files.list(TESTS)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestFactory
    @DisplayName("JSON-Schema-Test-Suite draft2020-12, required tests, through validate --schema")
    Stream<DynamicNode> draft202012() {
        return requiredFiles().stream().map(file -> {
            JsonNode groups = StrictJsonReader.DEFAULT.readTree(file);
            String fileName = file.getFileName().toString();
            List<DynamicNode> groupNodes = new ArrayList<>();
            for (JsonNode group : groups) {
                String groupName = group.get("description").asString();
                List<DynamicNode> tests = new ArrayList<>();
                for (JsonNode test : group.get("tests")) {
                    String testName = test.get("description").asString();
                    String key = fileName + " / " + groupName + " / " + testName;
                    tests.add(DynamicTest.dynamicTest(testName, file.toUri(), () -> {
                        assumeTrue(!SKIPPED.containsKey(key), () -> "skipped: " + SKIPPED.get(key));
                        check(file, group.get("schema"), test.get("data"), test.get("valid").asBoolean(), key);
                    }));
                }
                groupNodes.add(DynamicContainer.dynamicContainer(groupName, tests.stream()));
            }
            return DynamicContainer.dynamicContainer(fileName, file.toUri(), groupNodes.stream());
        });
    }

    private static void check(Path file, JsonNode schemaNode, JsonNode data, boolean valid, String key) {
        // validate --schema gives the schema file's URI as the base; here the suite file stands in for it.
        Schema schema = CATALOG.compile(schemaNode, key, file.toAbsolutePath().normalize().toUri(),
                FormatAssertion.AS_METASCHEMA_SAYS);
        List<Violation> violations = ContractValidator.bundled().validate(schema, data);
        assertEquals(valid, violations.isEmpty(), () -> key + ": expected " + (valid ? "valid" : "invalid")
                + ", violations " + violations);
    }

    /** Guards against a silently shrinking copy: the count of the suite snapshot named in its README. */
    @Test
    void theCopiedSuiteHoldsEveryRequiredCase() {
        int cases = 0;
        for (Path file : requiredFiles()) {
            for (JsonNode group : StrictJsonReader.DEFAULT.readTree(file)) {
                cases += group.get("tests").size();
            }
        }
        assertEquals(1257, cases);
        assertEquals(0, SKIPPED.size(), "skips must be listed in the README of src/test/suite");
    }
}
