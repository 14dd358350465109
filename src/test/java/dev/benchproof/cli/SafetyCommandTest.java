package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SafetyCommandTest {

    @TempDir
    Path tmp;

    private CliRun safety(Path baseline, Path trained, String threshold, Path report) {
        return run("safety", "--baseline-safety-samples", baseline, "--trained-safety-samples", trained,
                "--run-id", "m24-safety", "--generated-at", CliRun.GENERATED_AT, "--max-safety-regression", threshold,
                "--output-report", report);
    }

    @Test
    void allowedExitsZeroWithTheContractLine() {
        Path baseline = write(tmp.resolve("b.json"), "[0.25, 0.75]");
        Path trained = write(tmp.resolve("t.json"), "[0.5, 0.75]");
        Path report = tmp.resolve("reports/safety.json");

        CliRun result = safety(baseline, trained, "0.125", report).expectCode(ExitCodes.OK);

        assertEquals("promotion_allowed=true delta=0.125 threshold=0.125 output=" + report, result.lastLine());
        JsonNode json = json(report);
        assertTrue(json.get("promotion_allowed").booleanValue());
        assertEquals("m24-safety", json.get("run_id").asString());
        assertEquals(CliRun.GENERATED_AT, json.get("generated_at").asString());
        run("validate", report).expectCode(ExitCodes.OK);
    }

    @Test
    void blockedExitsOneAndTheReportIsStillWrittenAndValid() {
        Path baseline = write(tmp.resolve("b.json"), "[0.25, 0.75]");
        Path trained = write(tmp.resolve("t.json"), "[0.5, 0.75]");
        Path report = tmp.resolve("safety.json");

        CliRun result = safety(baseline, trained, "0.1", report).expectCode(ExitCodes.GATE_FAILED);

        assertEquals("promotion_allowed=false delta=0.125 threshold=0.1 output=" + report, result.lastLine());
        assertFalse(json(report).get("promotion_allowed").booleanValue());
        run("validate", report).expectCode(ExitCodes.OK);
    }

    @Test
    void badInputExitsTwo() {
        Path report = tmp.resolve("out/safety.json");
        safety(example("safety-breach/baseline-safety.json"), tmp.resolve("absent.json"), "0.05", report)
                .expectBadInput("absent.json");
        safety(example("safety-breach/baseline-safety.json"), example("safety-breach/trained-safety.json"), "-0.1", report)
                .expectBadInput("--max-safety-regression");
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
