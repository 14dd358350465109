package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.run;
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

class ProofRunsCommandTest {

    @TempDir
    Path tmp;

    /** {@code runs} seeds x 2 tasks x 4 episodes; run r's rewards are offset by r/100, penalties by {@code penalty}. */
    private static String records(int runs, double gain, double penalty) {
        StringBuilder csv = new StringBuilder("task,seed,episode,reward,safety_penalty\n");
        for (int r = 0; r < runs; r++) {
            for (String task : new String[] {"a", "b"}) {
                for (int e = 0; e < 4; e++) {
                    csv.append(task).append(',').append(r).append(',').append(e).append(',')
                            .append(0.5 + gain + r / 100.0 + (e % 2) / 10.0).append(',').append(penalty).append('\n');
                }
            }
        }
        return csv.toString();
    }

    private CliRun proof(Path baseline, Path trained, Object... extra) {
        List<Object> args = new ArrayList<>(List.of("proof", "--baseline-runs", baseline, "--trained-runs", trained,
                "--run-id", "m24-runs", "--generated-at", CliRun.GENERATED_AT, "--output-dir", tmp.resolve("out"),
                "--bootstrap-resamples", "500"));
        args.addAll(List.of(extra));
        return run(args);
    }

    @Test
    void runsGiveSixArtifactsTheProofDigestsAndValidateChecks() throws Exception {
        Path b = write(tmp.resolve("b.csv"), records(4, 0, 0.1));
        Path t = write(tmp.resolve("t.csv"), records(4, 0.3, 0.1));
        CliRun result = proof(b, t).expectCode(ExitCodes.OK);
        assertTrue(result.outLines().contains("unit=run baseline_runs=4 trained_runs=4"), result.out());
        assertTrue(result.err().startsWith("proof: warning: 2 tasks aggregated on raw scores"), result.err());
        Path out = tmp.resolve("out");
        try (var files = Files.list(out)) {
            assertEquals(6, files.count());
        }
        JsonNode proof = json(out.resolve("m24-benchmark-proof-m24-runs.json"));
        assertEquals(out.resolve("aggregate-comparison-m24-runs.json").toString(), proof.at("/artifacts/aggregate_comparison").asString());
        assertEquals(4, proof.at("/baseline/episodes").asLong(), "significance counts runs");
        assertEquals(0.1, proof.at("/baseline/mean_safety_penalty").doubleValue(), 1e-12, "penalties come from the records");
        run("validate", out).expectCode(ExitCodes.OK);
        Path comparison = out.resolve("aggregate-comparison-m24-runs.json");
        Files.writeString(comparison, Files.readString(comparison).replace("\"seed\": ", "\"seed\":  "));
        CliRun tampered = run("validate", out).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(tampered.out().contains("aggregate_comparison"), tampered.out());
    }

    @Test
    void safetyPenaltiesOfTheRecordsCanBlockPromotion() {
        Path b = write(tmp.resolve("b.csv"), records(4, 0, 0.1));
        Path t = write(tmp.resolve("t.csv"), records(4, 0.3, 0.4));
        CliRun result = proof(b, t).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(result.out().contains("reason=checkpoint_promotion_blocked_safety_regression"), result.out());
    }

    @Test
    void oneRunIsBadInputAndSamplesAndRunsDoNotMix() {
        Path b = write(tmp.resolve("b.csv"), records(1, 0, 0.1));
        Path t = write(tmp.resolve("t.csv"), records(4, 0.3, 0.1));
        proof(b, t).expectBadInput("b.csv: one run (seed) only");
        Path samples = write(tmp.resolve("s.json"), "[1, 2]");
        run("proof", "--baseline-runs", b, "--trained-runs", t, "--baseline-samples", samples, "--trained-samples", samples,
                "--run-id", "m24-runs").expectCode(ExitCodes.BAD_INPUT);
        proof(b, t, "--paired").expectBadInput("--paired does not apply");
        assertFalse(Files.exists(tmp.resolve("out")));
    }
}
