package dev.benchproof.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Schema;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compatibility corpus under {@code src/test/resources/compat/}, in the JSON-Schema-Test-Suite
 * style: each file is an array of pairs {@code {description, old, new, backward, forward, full,
 * changes, valid_old, valid_new, witness_backward?, witness_forward?}}. For every pair the checker's
 * verdict per mode and its set of change types must match. Every verdict "compatible" is then checked
 * by sampling: the examples valid under the source schema, their mutations and a set of probes must all
 * validate under the target with the project's validator. A witness, where given, must show the
 * incompatibility for real: valid under the source, invalid under the target.
 */
class CompatibilityCorpusTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final ContractValidator VALIDATOR = ContractValidator.bundled();

    @TestFactory
    Stream<DynamicNode> corpus() {
        return files().stream().map(file -> dynamicContainer(file.getFileName().toString(),
                entries(file).stream().map(entry -> dynamicContainer(entry.path("description").asString(), List.of(
                        dynamicTest("verdicts and change types", () -> checkVerdicts(entry)),
                        dynamicTest("compatible verdicts hold on sampled instances", () -> checkBySampling(entry)))))));
    }

    @Test
    void corpusHasAtLeast150Pairs() {
        int pairs = files().stream().mapToInt(f -> entries(f).size()).sum();
        assertTrue(pairs >= 150, "pairs in the corpus: " + pairs);
        Set<String> descriptions = new TreeSet<>();
        for (Path file : files()) {
            for (JsonNode entry : entries(file)) {
                assertTrue(descriptions.add(file.getFileName() + ": " + entry.path("description").asString()),
                        "duplicate description " + entry.path("description"));
            }
        }
    }

    private static void checkVerdicts(JsonNode entry) {
        CompatibilityReport report = CompatibilityChecker.compare(entry.get("old"), entry.get("new"));
        String shown = render(report);
        boolean backward = entry.path("backward").asBoolean();
        boolean forward = entry.path("forward").asBoolean();
        assertEquals(backward && forward, entry.path("full").asBoolean(), "the entry's full must be backward and forward");
        assertEquals(backward, report.compatibleIn(CompatibilityMode.BACKWARD), "backward; changes:\n" + shown);
        assertEquals(forward, report.compatibleIn(CompatibilityMode.FORWARD), "forward; changes:\n" + shown);
        assertEquals(backward && forward, report.compatibleIn(CompatibilityMode.FULL), "full; changes:\n" + shown);
        Set<String> expected = new TreeSet<>();
        entry.path("changes").forEach(t -> expected.add(t.asString()));
        Set<String> actual = report.changes().stream().map(c -> c.type().name()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual, "change types; changes:\n" + shown);
    }

    private static void checkBySampling(JsonNode entry) {
        boolean anythingToSample = entry.path("backward").asBoolean() || entry.path("forward").asBoolean()
                || entry.has("witness_backward") || entry.has("witness_forward");
        if (!anythingToSample) {
            return; // e.g. an unresolvable $ref the validator could not even compile
        }
        Schema oldSchema = SchemaCatalog.bundled().compile(entry.get("old"), "old");
        Schema newSchema = SchemaCatalog.bundled().compile(entry.get("new"), "new");
        List<JsonNode> oldExamples = list(entry.path("valid_old"));
        List<JsonNode> newExamples = list(entry.path("valid_new"));
        for (JsonNode example : oldExamples) {
            assertTrue(valid(oldSchema, example), "valid_old example must be valid under old: " + example);
        }
        for (JsonNode example : newExamples) {
            assertTrue(valid(newSchema, example), "valid_new example must be valid under new: " + example);
        }
        if (entry.path("backward").asBoolean()) {
            assertSampled(oldSchema, newSchema, oldExamples, "backward: valid under old but not under new: ");
        }
        if (entry.path("forward").asBoolean()) {
            assertSampled(newSchema, oldSchema, newExamples, "forward: valid under new but not under old: ");
        }
        if (entry.has("witness_backward")) {
            JsonNode witness = entry.get("witness_backward");
            assertTrue(valid(oldSchema, witness) && !valid(newSchema, witness), "witness_backward must be valid under old only: " + witness);
        }
        if (entry.has("witness_forward")) {
            JsonNode witness = entry.get("witness_forward");
            assertTrue(valid(newSchema, witness) && !valid(oldSchema, witness), "witness_forward must be valid under new only: " + witness);
        }
    }

    private static void assertSampled(Schema source, Schema target, List<JsonNode> examples, String message) {
        int checked = 0;
        for (JsonNode instance : InstanceMutations.around(examples)) {
            if (valid(source, instance)) {
                checked++;
                assertTrue(valid(target, instance), message + instance);
            }
        }
        // no example means the source accepts nothing (false, an empty allOf): then no sample may pass it either
        assertTrue(examples.isEmpty() ? checked == 0 : checked >= examples.size(), "sampled instances valid under the source: " + checked);
    }

    private static boolean valid(Schema schema, JsonNode instance) {
        return VALIDATOR.validate(schema, instance).isEmpty();
    }

    static String render(CompatibilityReport report) {
        StringBuilder out = new StringBuilder();
        for (Change c : report.changes()) {
            out.append("  ").append(c.type()).append(" old=").append(c.oldPointer()).append(" new=").append(c.newPointer())
                    .append(" member=").append(c.member()).append(" ").append(c.oldValue()).append(" -> ").append(c.newValue())
                    .append(" breaks backward=").append(c.breaksBackward()).append(" forward=").append(c.breaksForward()).append('\n');
        }
        return out.toString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    static List<Path> files() {
        URL url = CompatibilityCorpusTest.class.getClassLoader().getResource("compat");
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> entries(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return list(MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
