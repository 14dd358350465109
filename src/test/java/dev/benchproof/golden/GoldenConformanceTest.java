package dev.benchproof.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.benchproof.contract.ArtifactKind;
import dev.benchproof.contract.ContractValidator;
import dev.benchproof.contract.Violation;
import dev.benchproof.BadInputException;
import dev.benchproof.io.StrictJsonReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Every golden JSON file against benchproof's own contract: each approved artifact validates
 * (schema and cross-field rules, kind from its {@code $schema}); each input validates as its kind
 * (artifacts by {@code $schema}, {@code observations.json} as reproducibility observations, other
 * arrays as sample vectors, {@code task-scores.json} as task scores), except the files listed in {@code golden/invalid-inputs.tsv}, which
 * must be invalid.
 */
class GoldenConformanceTest {

    private static final ContractValidator VALIDATOR = ContractValidator.bundled();

    /** A row of golden/invalid-inputs.tsv: the kind is empty for files no schema can judge. */
    record InvalidInput(String path, Optional<ArtifactKind> kind, String reason) {
    }

    static Map<String, InvalidInput> invalidInputs(Path projectRoot) throws IOException {
        Map<String, InvalidInput> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(projectRoot.resolve("golden/invalid-inputs.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(3, cells.length, "golden/invalid-inputs.tsv: expected path, kind, reason in: " + line);
            Optional<ArtifactKind> kind = cells[1].equals("-") ? Optional.empty() : Optional.of(ArtifactKind.fromName(cells[1])
                    .orElseThrow(() -> new AssertionError("golden/invalid-inputs.tsv: unknown kind " + cells[1])));
            rows.put(cells[0], new InvalidInput(cells[0], kind, cells[2]));
        }
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> approvedArtifactsHonourTheContract() throws IOException {
        List<Path> approved = goldenJson().filter(p -> p.getFileName().toString().contains(".approved.")).toList();
        assertFalse(approved.isEmpty(), "no approved golden JSON files");
        return approved.stream().map(file -> dynamicTest(relative(file), () -> {
            JsonNode instance = StrictJsonReader.DEFAULT.readTree(file);
            ArtifactKind kind = ContractValidator.declaredKind(instance).orElseThrow(
                    () -> new AssertionError(relative(file) + ": no $schema naming a bundled schema"));
            assertEquals(List.of(), render(VALIDATOR.validate(kind, instance)), relative(file) + " as " + kind);
        }));
    }

    @TestFactory
    Stream<DynamicTest> inputsAreValidUnlessListedAsInvalid() throws IOException {
        Map<String, InvalidInput> invalid = invalidInputs(projectRoot());
        return goldenJson().filter(p -> !p.getFileName().toString().contains(".approved."))
                .map(file -> dynamicTest(relative(file), () -> {
                    InvalidInput listed = invalid.get(relative(file));
                    List<String> violations = violations(file);
                    if (listed == null) {
                        assertEquals(List.of(), violations, relative(file)
                                + " is invalid; fix it or list it in golden/invalid-inputs.tsv with a reason");
                    } else {
                        assertFalse(violations.isEmpty(), relative(file) + " is listed as invalid (" + listed.reason()
                                + ") but validates");
                    }
                }));
    }

    @Test
    void everyListedInvalidInputExists() throws IOException {
        for (InvalidInput row : invalidInputs(projectRoot()).values()) {
            assertTrue(Files.isRegularFile(projectRoot().resolve(row.path())), "golden/invalid-inputs.tsv lists a missing file: "
                    + row.path());
        }
    }

    private static List<String> violations(Path file) {
        JsonNode instance;
        try {
            instance = StrictJsonReader.DEFAULT.readTree(file);
        } catch (BadInputException e) {
            return List.of("unreadable: " + e.getMessage());
        }
        Optional<ArtifactKind> kind = instance.isArray()
                ? Optional.of(file.getFileName().toString().equals("observations.json")
                        ? ArtifactKind.REPRODUCIBILITY_OBSERVATIONS : ArtifactKind.SAMPLE_VECTOR)
                : file.getFileName().toString().equals("task-scores.json") ? Optional.of(ArtifactKind.TASK_SCORES)
                : ContractValidator.declaredKind(instance);
        return kind.map(k -> render(VALIDATOR.validate(k, instance))).orElse(List.of("no $schema naming a bundled schema"));
    }

    private static List<String> render(List<Violation> violations) {
        return violations.stream().map(Violation::render).toList();
    }

    private static Stream<Path> goldenJson() throws IOException {
        try (Stream<Path> walk = Files.walk(GoldenCase.root())) {
            return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().contains(".received.")).sorted().toList().stream();
        }
    }

    private static Path projectRoot() {
        return GoldenCase.root().getParent();
    }

    private static String relative(Path file) {
        return projectRoot().relativize(file).toString().replace('\\', '/');
    }
}
