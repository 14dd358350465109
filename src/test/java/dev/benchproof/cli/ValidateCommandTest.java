package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ValidateCommandTest {

    private static final String RUN_ID = "m24-validate";
    private static final String PROOF = "m24-benchmark-proof-" + RUN_ID + ".json";
    private static final String GENERIC_SCHEMA = """
            {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "required": ["name"],
             "properties": {"name": {"type": "string"}, "n": {"type": "integer", "minimum": 0}}}
            """;

    @TempDir
    Path tmp;

    /** A passing proof bundle in tmp/bundle. */
    private Path bundle() {
        Path dir = tmp.resolve("bundle");
        run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), RUN_ID, dir)).expectCode(0);
        return dir;
    }

    /** A copy of the bundle's trained report without its $schema member, plus one that also breaks two rules. */
    private Path withoutSchema(Path bundle, boolean broken) throws IOException {
        String text = Files.readString(bundle.resolve("m24-benchmark-trained.json"))
                .replace("  \"$schema\": \"https://benchproof.dev/schemas/v1/benchmark-report.schema.json\",\n", "");
        assertFalse(text.contains("$schema"));
        if (broken) {
            text = text.replace("\"episodes\": 200", "\"episodes\": 0").replace("\"schema_version\": 1,",
                    "\"schema_version\": 1,\n  \"extra\": true,");
        }
        return write(tmp.resolve(broken ? "loose/broken.json" : "loose/report.json"), text);
    }

    @Test
    void validFilesPrintOkWithKindAndExitZero() {
        Path dir = bundle();
        CliRun result = run("validate", dir.resolve(PROOF), dir.resolve("m24-benchmark-safety-regression.json"))
                .expectCode(ExitCodes.OK);

        assertEquals(List.of("ok " + dir.resolve(PROOF) + " (benchmark-proof v1)",
                "ok " + dir.resolve("m24-benchmark-safety-regression.json") + " (safety-regression-report v1)"),
                result.outLines());
    }

    @Test
    void directoryIsWalkedInSortedOrder() {
        Path dir = bundle();
        write(dir.resolve("notes.txt"), "not json, not looked at");
        CliRun result = run("validate", dir).expectCode(ExitCodes.OK);

        List<String> names = List.of("m24-benchmark-baseline.json", PROOF, "m24-benchmark-safety-regression.json",
                "m24-benchmark-significance.json", "m24-benchmark-trained.json");
        assertEquals(names.stream().map(n -> "ok " + dir.resolve(n) + " ").toList(),
                result.outLines().stream().map(l -> l.substring(0, l.indexOf(" (") + 1)).toList());
    }

    @Test
    void invalidFilePrintsPointerAndMessageLinesAndExitsOne() throws IOException {
        Path broken = withoutSchema(bundle(), true);
        CliRun result = run("validate", "--kind", "benchmark-report", broken).expectCode(ExitCodes.GATE_FAILED);

        List<String> lines = result.outLines();
        assertEquals("invalid " + broken + " (benchmark-report v1)", lines.get(0));
        assertTrue(lines.contains("  /metrics/episodes: must have a minimum value of 1"), result.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  (root): ") && l.contains("extra")), result.out());
        assertEquals(3, lines.size(), result.out());
    }

    @Test
    void kindChoosesTheSchemaForAFileWithoutOne() throws IOException {
        Path report = withoutSchema(bundle(), false);

        CliRun undeclared = run("validate", report).expectCode(ExitCodes.GATE_FAILED);
        assertEquals("invalid " + report, undeclared.outLines().get(0));
        assertTrue(undeclared.out().contains("--kind"), undeclared.out());

        CliRun forced = run("validate", "--kind", "benchmark-report", report).expectCode(ExitCodes.OK);
        assertEquals(List.of("ok " + report + " (benchmark-report v1)"), forced.outLines());

        run("validate", "--kind", "no-such-kind", report).expectBadInput("--kind", "no-such-kind", "benchmark-report");
    }

    @Test
    void jsonFormatHasPathKindValidAndBasicOutputUnits() throws IOException {
        Path dir = bundle();
        Path broken = withoutSchema(dir, true);
        CliRun result = run("validate", "--format", "json", "--kind", "benchmark-report",
                dir.resolve("m24-benchmark-baseline.json"), broken).expectCode(ExitCodes.GATE_FAILED);

        JsonNode report = json(result.out());
        assertFalse(report.get("valid").booleanValue());
        JsonNode files = report.get("files");
        assertEquals(2, files.size());
        assertEquals(dir.resolve("m24-benchmark-baseline.json").toString(), files.get(0).get("path").asString());
        assertEquals("benchmark-report", files.get(0).get("kind").asString());
        assertTrue(files.get(0).get("valid").booleanValue());
        assertEquals(0, files.get(0).get("errors").size());
        JsonNode second = files.get(1);
        assertEquals(broken.toString(), second.get("path").asString());
        assertFalse(second.get("valid").booleanValue());
        assertEquals(2, second.get("errors").size());
        boolean found = false;
        for (JsonNode error : second.get("errors")) {
            assertTrue(error.has("instanceLocation") && error.has("keywordLocation") && error.has("error"), error.toString());
            if (error.get("instanceLocation").asString().equals("/metrics/episodes")) {
                found = true;
                assertTrue(error.get("keywordLocation").asString().endsWith("minimum"), error.toString());
            }
        }
        assertTrue(found, second.toString());
        // the JSON output is itself a valid validation-report
        Path saved = write(tmp.resolve("validation.json"), result.out());
        run("validate", saved).expectCode(ExitCodes.OK);
    }

    @Test
    void schemaOptionValidatesAnyDocument() {
        Path schema = write(tmp.resolve("thing.schema.json"), GENERIC_SCHEMA);
        Path good = write(tmp.resolve("good.json"), "{\"name\": \"a\", \"n\": 1}");
        Path bad = write(tmp.resolve("bad.json"), "{\"n\": -1}");

        run("validate", "--schema", schema, good).expectCode(ExitCodes.OK);
        CliRun result = run("validate", "--schema", schema, good, bad).expectCode(ExitCodes.GATE_FAILED);
        assertEquals("ok " + good, result.outLines().get(0));
        assertEquals("invalid " + bad, result.outLines().get(1));
        assertTrue(result.outLines().contains("  /n: must have a minimum value of 0"), result.out());
        assertTrue(result.outLines().stream().anyMatch(l -> l.startsWith("  (root): ") && l.contains("name")), result.out());

        CliRun asJson = run("validate", "--format", "json", "--schema", schema, bad).expectCode(ExitCodes.GATE_FAILED);
        JsonNode file = json(asJson.out()).get("files").get(0);
        assertFalse(file.has("kind"));
        assertEquals(schema.toString(), file.get("schema").asString());
    }

    @Test
    void schemaOptionResolvesBundledIdsOnly() {
        Path bundledRef = write(tmp.resolve("samples.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "https://benchproof.dev/schemas/v1/sample-vector.schema.json"}
                """);
        Path samples = write(tmp.resolve("samples.json"), "[1, 2.5]");
        run("validate", "--schema", bundledRef, samples).expectCode(ExitCodes.OK);

        Path remoteRef = write(tmp.resolve("remote.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "$ref": "https://example.invalid/schemas/thing.json"}
                """);
        CliRun result = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> run("validate", "--schema", remoteRef, samples));
        result.expectBadInput("remote.schema.json", "https://example.invalid/schemas/thing.json");
        assertEquals("", result.out());
    }

    @Test
    void kindAndSchemaExcludeEachOther() {
        Path schema = write(tmp.resolve("thing.schema.json"), GENERIC_SCHEMA);
        run("validate", "--kind", "benchmark-report", "--schema", schema, schema).expectBadInput("--kind", "--schema");
    }

    @Test
    void malformedFileIsReportedOthersStillCheckedExitTwo() {
        Path dir = bundle();
        Path duplicate = write(tmp.resolve("dup.json"), "{\"a\": 1, \"a\": 2}");
        Path missing = tmp.resolve("missing.json");
        CliRun result = run("validate", duplicate, dir.resolve("m24-benchmark-baseline.json"), missing)
                .expectCode(ExitCodes.BAD_INPUT);

        List<String> lines = result.outLines();
        assertEquals("error " + duplicate, lines.get(0));
        assertTrue(lines.get(1).contains("duplicate key") && lines.get(1).contains("dup.json"), lines.get(1));
        assertEquals("ok " + dir.resolve("m24-benchmark-baseline.json") + " (benchmark-report v1)", lines.get(2));
        assertEquals("error " + missing, lines.get(3));
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("dup.json") && result.err().contains("duplicate key"), result.err());
        assertFalse(result.err().contains("Exception"), result.err());
    }

    @Test
    void proofWithAModifiedReportIsInvalidAndNamesTheFile() throws IOException {
        Path dir = bundle();
        Path trained = dir.resolve("m24-benchmark-trained.json");
        String text = Files.readString(trained);
        Files.writeString(trained, text.replace("\"mean_safety_penalty\": 0", "\"mean_safety_penalty\": 0.5"));
        assertFalse(Files.readString(trained).equals(text));
        run("validate", trained).expectCode(ExitCodes.OK); // the report on its own is still a valid report

        CliRun result = run("validate", dir.resolve(PROOF)).expectCode(ExitCodes.GATE_FAILED);
        assertEquals("invalid " + dir.resolve(PROOF) + " (benchmark-proof v1)", result.outLines().get(0));
        assertEquals(2, result.outLines().size(), result.out());
        assertTrue(result.outLines().get(1).startsWith("  /artifact_digests/trained_report: "), result.out());
        assertTrue(result.outLines().get(1).contains("m24-benchmark-trained.json"), result.out());
        assertTrue(result.outLines().get(1).contains("changed"), result.out());
    }

    @Test
    void proofWithADeletedReportIsInvalidAndNamesTheFile() throws IOException {
        Path dir = bundle();
        Files.delete(dir.resolve("m24-benchmark-safety-regression.json"));

        CliRun result = run("validate", "--format", "json", dir.resolve(PROOF)).expectCode(ExitCodes.GATE_FAILED);

        JsonNode errors = json(result.out()).get("files").get(0).get("errors");
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("/artifact_digests/safety_regression_report", errors.get(0).get("instanceLocation").asString());
        assertTrue(errors.get(0).get("error").asString().contains("m24-benchmark-safety-regression.json"), errors.toString());
        assertTrue(errors.get(0).get("error").asString().contains("missing"), errors.toString());
    }

    @Test
    void noPathIsAUsageError() {
        run("validate").expectBadInput("FILE|DIR");
    }

    @Test
    void relativeRefToASiblingFileIsNotReadFromDisk() {
        write(tmp.resolve("sibling.schema.json"), "{\"type\": \"string\"}");
        Path schema = write(tmp.resolve("main.schema.json"), """
                {"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "sibling.schema.json"}
                """);
        Path doc = write(tmp.resolve("doc.json"), "\"x\"");
        run("validate", "--schema", schema, doc).expectBadInput("main.schema.json", "sibling.schema.json",
                "only the bundled schemas");
    }
}
