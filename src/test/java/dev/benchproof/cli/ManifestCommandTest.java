package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.TestJson.strings;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ManifestCommandTest {

    @TempDir
    Path tmp;

    /** Five proof artifacts, an evaluation artifact and three bad files: 6 valid, 3 invalid; a subdirectory is not scanned. */
    private Path mixedDirectory() {
        Path dir = tmp.resolve("artifacts");
        run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-manifest", dir)).expectCode(0);
        run("evaluate", "--baseline-samples", example("pass/baseline.json"),
                "--candidate-samples", example("pass/trained.json"), "--suite-id", "s", "--baseline-policy-id", "b",
                "--candidate-policy-id", "c", "--generated-at-epoch-ms", "7", "--output-dir", dir)
                .expectCode(0);
        write(dir.resolve("sub/not-scanned.json"), "not json at all"); // like the reference: top level only
        write(dir.resolve("c-malformed.json"), "{\"a\": 1,}");
        write(dir.resolve("a-undeclared.json"), "[1, 2]");
        write(dir.resolve("b-broken-report.json"), "{\"$schema\": \"https://benchproof.dev/schemas/v1/benchmark-report.schema.json\","
                + " \"schema_version\": 1}");
        return dir;
    }

    @Test
    void invalidRatioAboveTheLimitExitsOneAndListsEveryFile() {
        Path dir = mixedDirectory();
        CliRun result = run("manifest", dir).expectCode(ExitCodes.GATE_FAILED);

        Path manifestFile = dir.resolve("artifact-manifest.json");
        assertEquals("manifest_status=fail valid=6 invalid=3 output=" + manifestFile, result.lastLine());
        JsonNode manifest = json(manifestFile);
        assertEquals(dir.toString(), manifest.get("directory").asString());
        assertEquals(9, manifest.get("scanned_json_files").intValue());

        List<String> invalidPaths = new ArrayList<>();
        for (JsonNode invalid : manifest.get("invalid_files")) {
            invalidPaths.add(invalid.get("path").asString());
            assertFalse(invalid.get("reason").asString().isBlank(), invalid.toString());
        }
        assertEquals(List.of("a-undeclared.json", "b-broken-report.json", "c-malformed.json"), invalidPaths);
        assertTrue(manifest.get("invalid_files").get(0).get("reason").asString().contains("$schema"));
        assertTrue(manifest.get("invalid_files").get(1).get("reason").asString().contains("required"),
                manifest.get("invalid_files").get(1).toString());
        assertTrue(manifest.get("invalid_files").get(2).get("reason").asString().contains("trailing comma"));

        List<String> validPaths = new ArrayList<>();
        manifest.get("valid_entries").forEach(e -> validPaths.add(e.get("path").asString()));
        assertEquals(List.of("benchmark-s-b-vs-c-7.json", "m24-benchmark-baseline.json",
                "m24-benchmark-proof-m24-manifest.json", "m24-benchmark-safety-regression.json",
                "m24-benchmark-significance.json", "m24-benchmark-trained.json"), validPaths);
        assertEquals("evaluation-artifact", manifest.get("valid_entries").get(0).get("kind").asString());
        assertEquals("benchmark-proof", manifest.get("valid_entries").get(2).get("kind").asString());
        assertEquals("m24-manifest", manifest.get("valid_entries").get(2).get("run_id").asString());

        JsonNode quality = manifest.get("quality");
        assertFalse(quality.get("pass").booleanValue());
        assertEquals(6, quality.get("valid_entries").intValue());
        assertEquals(3, quality.get("invalid_entries").intValue());
        assertEquals(9, quality.get("scanned_entries").intValue());
        assertEquals(3.0 / 9, quality.get("invalid_ratio").doubleValue(), 1e-15);
        assertEquals(0.2, quality.get("max_invalid_ratio").doubleValue());
        assertEquals(1, quality.get("min_valid_entries").intValue());
        assertEquals(List.of("invalid_ratio_exceeded"), strings(quality.get("reason_codes")));
        run("validate", manifestFile).expectCode(ExitCodes.OK);
    }

    @Test
    void invalidRatioWithinTheLimitExitsZeroAndTheManifestIsNotScanned() {
        Path dir = mixedDirectory();
        run("manifest", dir).expectCode(ExitCodes.GATE_FAILED); // leaves artifact-manifest.json in dir

        CliRun result = run("manifest", dir, "--max-invalid-ratio", "0.5").expectCode(ExitCodes.OK);

        assertEquals("manifest_status=pass valid=6 invalid=3 output=" + dir.resolve("artifact-manifest.json"),
                result.lastLine());
        JsonNode manifest = json(dir.resolve("artifact-manifest.json"));
        assertTrue(manifest.get("quality").get("pass").booleanValue());
        assertEquals(List.of(), strings(manifest.get("quality").get("reason_codes")));
        assertEquals(9, manifest.get("scanned_json_files").intValue(), "the manifest never lists itself");
        run("validate", dir.resolve("artifact-manifest.json")).expectCode(ExitCodes.OK);
    }

    @Test
    void tooFewValidEntriesAndEmptyDirectory() {
        Path dir = mixedDirectory();
        Path output = tmp.resolve("elsewhere/manifest.json");
        run("manifest", dir, "--max-invalid-ratio", "1", "--min-valid-entries", "7", "--output", output)
                .expectCode(ExitCodes.GATE_FAILED);
        assertEquals(List.of("below_min_valid_entries"), strings(json(output).get("quality").get("reason_codes")));

        Path empty = tmp.resolve("empty");
        write(empty.resolve("readme.txt"), "no json here");
        run("manifest", empty).expectCode(ExitCodes.GATE_FAILED);
        JsonNode quality = json(empty.resolve("artifact-manifest.json")).get("quality");
        assertEquals(0, quality.get("invalid_ratio").doubleValue());
        assertTrue(strings(quality.get("reason_codes")).contains("no_valid_artifacts"), quality.toString());
    }

    @Test
    void badInputExitsTwoAndWritesNothing() {
        Path dir = mixedDirectory();
        run("manifest", tmp.resolve("absent")).expectBadInput("absent", "not a directory");
        run("manifest", dir, "--max-invalid-ratio", "1.5").expectBadInput("--max-invalid-ratio", "1.5");
        run("manifest", dir, "--min-valid-entries", "x").expectBadInput("--min-valid-entries");
        assertFalse(Files.exists(dir.resolve("artifact-manifest.json")));
    }
}
