package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.TestJson.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ProofCommandTest {

    private static final Map<String, String> ARTIFACTS = Map.of(
            "baseline_report", "m24-benchmark-baseline.json",
            "trained_report", "m24-benchmark-trained.json",
            "significance_report", "m24-benchmark-significance.json",
            "safety_regression_report", "m24-benchmark-safety-regression.json");

    @TempDir
    Path tmp;

    @Test
    void passExitsZeroAndPrintsTheProofPathLast() {
        Path out = tmp.resolve("out");
        CliRun result = run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-pass", out))
                .expectCode(ExitCodes.OK);

        assertEquals("proof_status=pass output=" + out.resolve("m24-benchmark-proof-m24-pass.json"), result.lastLine());
        assertEquals("", result.err());
    }

    @Test
    void failExitsOneWithEveryArtifactWrittenAndValid() {
        Path out = tmp.resolve("out");
        CliRun result = run(proofArgs(example("fail-reward/baseline.json"), example("fail-reward/trained.json"),
                "m24-fail", out)).expectCode(ExitCodes.GATE_FAILED);

        assertEquals("proof_status=fail output=" + out.resolve("m24-benchmark-proof-m24-fail.json"), result.lastLine());
        assertTrue(result.outLines().stream()
                .anyMatch(l -> l.startsWith("reason=reward_gain_below_threshold observed=")), result.out());
        assertEquals("", result.err());
        CliRun validation = run("validate", out).expectCode(ExitCodes.OK);
        assertEquals(5, validation.outLines().size(), validation.out());
    }

    @Test
    void badInputExitsTwo() {
        run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "M24-upper", tmp.resolve("out")))
                .expectBadInput("--run-id", "M24-upper");
        assertFalse(Files.exists(tmp.resolve("out")));
    }

    @Test
    void recordedPathsAreTheOutputDirExactlyAsGivenJoinedWithTheFileName() {
        // a dot segment and a trailing separator: recorded as given, neither normalized nor made absolute
        String given = tmp + "/./bundle/";
        run(proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-paths", given))
                .expectCode(ExitCodes.OK);

        JsonNode proof = json(Path.of(given).resolve("m24-benchmark-proof-m24-paths.json"));
        ARTIFACTS.forEach((member, name) -> assertEquals(Path.of(given).resolve(name).toString(),
                proof.get("artifacts").get(member).asString(), member));
        assertTrue(proof.get("artifacts").get("baseline_report").asString().contains("/./bundle/"));
        assertEquals(Path.of(given).resolve("m24-benchmark-safety-regression.json").toString(),
                proof.get("safety_benchmark").get("report_path").asString());
    }

    @Test
    void optionsReachTheProof() {
        Path out = tmp.resolve("out");
        List<Object> args = proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-opts", out);
        args.addAll(List.of("--suite-name", "my-suite", "--suite-version", "v9", "--min-reward-delta", "0.5",
                "--baseline-safety-penalty", "0.1", "--trained-safety-penalty", "0.1",
                "--baseline-checkpoint-id", "ckpt-7", "--trained-checkpoint-id", "ckpt-8"));
        run(args).expectCode(ExitCodes.GATE_FAILED); // the gain of about 0.34 is below 0.5

        JsonNode proof = json(out.resolve("m24-benchmark-proof-m24-opts.json"));
        assertEquals("my-suite", proof.get("benchmark_suite").get("name").asString());
        assertEquals("v9", proof.get("benchmark_suite").get("version").asString());
        assertEquals("tasks/fixtures/m24/benchmark-suite.json", proof.get("benchmark_suite").get("fixture_path").asString());
        assertEquals("ckpt-7", proof.get("baseline").get("checkpoint_id").asString());
        assertEquals("ckpt-8", proof.get("trained").get("checkpoint_id").asString());
        assertEquals(0.5, proof.get("criteria").get("min_reward_delta").doubleValue());
        assertEquals(0.1, proof.get("baseline").get("mean_safety_penalty").doubleValue());
        assertEquals(List.of("reward_gain_below_threshold"), strings(proof.get("failure_analysis").get("reasons")));
        assertEquals("2026-02-15T23:15:00Z", proof.get("generated_at").asString());
    }

    @Test
    void equalMeansGiveAFailingProofNotAnInternalError() {
        Path baseline = CliRun.write(tmp.resolve("b.json"), "[1, 2, 3]");
        Path trained = CliRun.write(tmp.resolve("t.json"), "[3, 2, 1]");
        run(proofArgs(baseline, trained, "m24-equal", tmp.resolve("out"))).expectCode(ExitCodes.GATE_FAILED);
        JsonNode proof = json(tmp.resolve("out/m24-benchmark-proof-m24-equal.json"));
        assertEquals(1.0, proof.at("/significance/p_value").doubleValue());
        assertEquals(0.0, proof.at("/significance/confidence_level").doubleValue());
    }

    @Test
    void purgeAfterPastTheYear9999IsBadInput() {
        Path out = tmp.resolve("out");
        List<Object> args = proofArgs(example("pass/baseline.json"), example("pass/trained.json"), "m24-late", out);
        args.set(args.indexOf("--generated-at") + 1, "9999-06-01T00:00:00Z");
        run(args).expectBadInput("purge_after");
        assertFalse(Files.exists(out));
    }

    @Test
    void helpExitsZero() {
        CliRun result = run("proof", "--help").expectCode(ExitCodes.OK);
        assertTrue(result.out().contains("--baseline-samples"), result.out());
    }
}
