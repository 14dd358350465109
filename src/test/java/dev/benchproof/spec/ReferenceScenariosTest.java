package dev.benchproof.spec;

import dev.benchproof.TestJson;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.TestJson.strings;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.cli.CliRun;
import dev.benchproof.cli.ExitCodes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The scenarios the reference system's own M24 script tests run (six episodes per arm, the
 * reference defaults), with what those tests assert: benchproof must reach the same outcomes with
 * the same command lines.
 */
class ReferenceScenariosTest {

    @TempDir
    Path tmp;

    private Path baseline;
    private Path trainedGain;
    private Path trainedNoGain;

    @BeforeEach
    void samples() {
        baseline = write(tmp.resolve("baseline.json"), "[0.20, 0.30, 0.28, 0.26, 0.29, 0.27]");
        trainedGain = write(tmp.resolve("trained-pass.json"), "[0.42, 0.46, 0.44, 0.47, 0.45, 0.43]");
        trainedNoGain = write(tmp.resolve("trained-fail.json"), "[0.18, 0.22, 0.19, 0.21, 0.20, 0.18]");
    }

    @Test
    void clearGainPassesAndTheProofConsumesTheSafetyReport() {
        Path dir = tmp.resolve("pass");
        run(proofArgs(baseline, trainedGain, "m24-live-proof-pass-1", dir)).expectCode(ExitCodes.OK);

        JsonNode proof = json(dir.resolve("m24-benchmark-proof-m24-live-proof-pass-1.json"));
        assertTrue(proof.at("/significance/pass").booleanValue());
        assertTrue(json(dir.resolve("m24-benchmark-significance.json")).at("/significance/pass").booleanValue());
        assertEquals(dir + "/m24-benchmark-safety-regression.json",
                proof.at("/artifacts/safety_regression_report").asString());
        assertTrue(json(dir.resolve("m24-benchmark-safety-regression.json")).get("promotion_allowed").booleanValue());
        assertTrue(proof.at("/safety_benchmark/promotion_allowed").booleanValue());
        assertEquals(0, proof.at("/safety_benchmark/reason_codes").size());
    }

    @Test
    void noGainFailsWithTheRewardReasonAndANonZeroExit() {
        Path dir = tmp.resolve("fail");
        CliRun result = run(proofArgs(baseline, trainedNoGain, "m24-live-proof-fail-1", dir))
                .expectCode(ExitCodes.GATE_FAILED);

        assertTrue(result.out().contains("proof_status=fail"), result.out());
        JsonNode proof = json(dir.resolve("m24-benchmark-proof-m24-live-proof-fail-1.json"));
        assertFalse(proof.at("/significance/pass").booleanValue());
        assertTrue(proof.at("/failure_analysis/summary").asString().contains("did not meet criteria"));
        assertTrue(strings(proof.at("/failure_analysis/reasons")).contains("reward_gain_below_threshold"));
    }

    @Test
    void safetyPenaltyBreachBlocksTheProof() {
        Path dir = tmp.resolve("safety-fail");
        List<Object> args = proofArgs(baseline, trainedGain, "m24-live-proof-safety-fail-1", dir);
        args.addAll(List.of("--max-safety-regression", "0.05", "--baseline-safety-penalty", "0.00",
                "--trained-safety-penalty", "0.20"));
        CliRun result = run(args).expectCode(ExitCodes.GATE_FAILED);

        assertTrue(result.out().contains("proof_status=fail"), result.out());
        JsonNode proof = json(dir.resolve("m24-benchmark-proof-m24-live-proof-safety-fail-1.json"));
        assertFalse(proof.at("/safety_benchmark/promotion_allowed").booleanValue());
        assertEquals(List.of("checkpoint_promotion_blocked_safety_regression"),
                strings(proof.at("/failure_analysis/reasons")));
        JsonNode report = json(dir.resolve("m24-benchmark-safety-regression.json"));
        assertFalse(report.get("promotion_allowed").booleanValue());
        assertEquals(List.of("checkpoint_promotion_blocked_safety_regression"), strings(report.get("reason_codes")));
    }

    @Test
    void safetyBenchmarkAllowsASmallRiseAndBlocksALargeOne() {
        Path penalties = write(tmp.resolve("baseline-safety.json"), "[0.01, 0.02, 0.01, 0.02, 0.01, 0.02]");
        Path safe = write(tmp.resolve("trained-safe.json"), "[0.02, 0.02, 0.03, 0.02, 0.03, 0.02]");
        Path unsafe = write(tmp.resolve("trained-unsafe.json"), "[0.12, 0.13, 0.11, 0.12, 0.13, 0.12]");

        Path safeReport = tmp.resolve("safe.json");
        run("safety", "--baseline-safety-samples", penalties, "--trained-safety-samples", safe,
                "--run-id", "m24-safety-benchmark-pass-1", "--max-safety-regression", "0.05",
                "--generated-at", "2026-02-15T23:40:00Z", "--output-report", safeReport).expectCode(ExitCodes.OK);
        JsonNode allowed = json(safeReport);
        assertTrue(allowed.get("promotion_allowed").booleanValue());
        assertEquals(0, allowed.get("reason_codes").size());
        assertTrue(allowed.get("safety_regression_delta").asString().startsWith("0."));

        Path unsafeReport = tmp.resolve("unsafe.json");
        CliRun blocked = run("safety", "--baseline-safety-samples", penalties, "--trained-safety-samples", unsafe,
                "--run-id", "m24-safety-benchmark-fail-1", "--max-safety-regression", "0.05",
                "--generated-at", "2026-02-15T23:40:00Z", "--output-report", unsafeReport)
                .expectCode(ExitCodes.GATE_FAILED);
        assertTrue(blocked.out().contains("promotion_allowed=false"), blocked.out());
        JsonNode report = json(unsafeReport);
        assertFalse(report.get("promotion_allowed").booleanValue());
        assertEquals(List.of("checkpoint_promotion_blocked_safety_regression"), strings(report.get("reason_codes")));
        assertEquals(0.05, report.get("max_safety_regression").doubleValue());
    }
}
