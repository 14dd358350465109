package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** --format github|junit|sarif on validate and the gate commands: same exit codes, CI documents on stdout. */
class CiFormatCliTest {

    @TempDir
    Path tmp;

    @Test
    void passingProofAsJunitListsEveryCriterionWithoutFailures() {
        List<Object> args = new ArrayList<>(proofArgs(example("pass/baseline.json"), example("pass/trained.json"),
                "m24-ci", tmp.resolve("out")));
        args.addAll(List.of("--format", "junit"));
        CliRun result = run(args).expectCode(ExitCodes.OK);
        assertTrue(result.out().startsWith("<?xml"), result.out());
        assertEquals(4, result.out().split("<testcase ", -1).length - 1, result.out());
        assertTrue(!result.out().contains("<failure"), result.out());
    }

    @Test
    void failingProofAsSarifHasOneResultPerFailedCriterion() {
        List<Object> args = new ArrayList<>(proofArgs(example("fail-reward/baseline.json"),
                example("fail-reward/trained.json"), "m24-ci", tmp.resolve("out")));
        args.addAll(List.of("--format", "sarif"));
        CliRun result = run(args).expectCode(ExitCodes.GATE_FAILED);
        JsonNode results = TestJson.json(result.out()).get("runs").get(0).get("results");
        assertTrue(results.size() >= 1, result.out());
        for (JsonNode r : results) {
            assertTrue(r.get("message").get("text").asString().contains("observed"), r.toString());
            assertTrue(r.get("message").get("text").asString().contains("threshold"), r.toString());
        }
    }

    @Test
    void validateGithubOnValidFilesPrintsOnlyTheSummary() {
        Path schema = write(tmp.resolve("s.json"), "{\"type\": \"object\"}");
        Path doc = write(tmp.resolve("d.json"), "{}");
        CliRun result = run("validate", "--format", "github", "--schema", schema, doc).expectCode(ExitCodes.OK);
        assertEquals(List.of("::notice title=benchproof validate::1 file checked, all valid"), result.outLines());
    }

    @Test
    void unreadableFileIsAnErrorInJunitAndStillExitsTwo() {
        Path schema = write(tmp.resolve("s.json"), "{\"type\": \"object\"}");
        Path broken = write(tmp.resolve("broken.json"), "{");
        CliRun result = run("validate", "--format", "junit", "--schema", schema, broken);
        assertEquals(ExitCodes.BAD_INPUT, result.code());
        assertTrue(result.out().contains("<error type=\"parse\""), result.out());
    }
}
