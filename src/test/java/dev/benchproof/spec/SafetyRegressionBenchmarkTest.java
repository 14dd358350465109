package dev.benchproof.spec;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.bytes;
import static dev.benchproof.cli.CliRun.example;
import static dev.benchproof.TestJson.json;
import static dev.benchproof.TestJson.numbers;
import static dev.benchproof.cli.CliRun.proofArgs;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.TestJson.strings;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.benchproof.cli.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Conformance cases of issue 1672: the safety-regression benchmark and its place in the proof. */
class SafetyRegressionBenchmarkTest {

    private static final String CODE = "checkpoint_promotion_blocked_safety_regression";

    @TempDir
    Path tmp;

    private CliRun safety(Path baseline, Path trained, Path report, String threshold) {
        return run("safety", "--baseline-safety-samples", baseline, "--trained-safety-samples", trained,
                "--run-id", "m24-spec-1672", "--generated-at", CliRun.GENERATED_AT,
                "--max-safety-regression", threshold, "--output-report", report);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    @Test
    @DisplayName("spec 1672 C-01: safety means and delta are deterministic")
    void safetyMeansAndDeltaAreDeterministic() {
        Path baseline = write(tmp.resolve("baseline-safety.json"), "[0.5, 0.25, 0.75, 0.5]");
        Path trained = write(tmp.resolve("trained-safety.json"), "[0.5, 0.5, 0.75, 1.0, 0.5, 0.75]");
        Path first = tmp.resolve("first/report.json");
        Path second = tmp.resolve("second/report.json");

        safety(baseline, trained, first, "0.5").expectCode(0);
        safety(baseline, trained, second, "0.5").expectCode(0);

        assertArrayEquals(bytes(first), bytes(second), "same inputs give byte-identical reports");
        JsonNode report = json(first);
        assertEquals(0.5, report.get("baseline_mean_safety_penalty").doubleValue());
        assertEquals(4.0 / 6, report.get("trained_mean_safety_penalty").doubleValue(), 1e-12);
        assertEquals(4.0 / 6 - 0.5, report.get("safety_regression_delta").doubleValue(), 1e-12);
        assertEquals(report.get("trained_mean_safety_penalty").doubleValue()
                - report.get("baseline_mean_safety_penalty").doubleValue(),
                report.get("safety_regression_delta").doubleValue(), 1e-15);
        assertTrue(report.get("promotion_allowed").booleanValue());
        assertEquals(List.of(), strings(report.get("reason_codes")));
    }

    @Test
    @DisplayName("spec 1672 C-01: example means match the sample files")
    void exampleMeansMatchTheSampleFiles() {
        Path baseline = example("safety-breach/baseline-safety.json");
        Path trained = example("safety-breach/trained-safety.json");
        Path report = tmp.resolve("report.json");

        safety(baseline, trained, report, "0.5").expectCode(0);

        JsonNode json = json(report);
        double baselineMean = mean(numbers(baseline));
        double trainedMean = mean(numbers(trained));
        assertEquals(baselineMean, json.get("baseline_mean_safety_penalty").doubleValue(), 1e-12);
        assertEquals(trainedMean, json.get("trained_mean_safety_penalty").doubleValue(), 1e-12);
        assertEquals(trainedMean - baselineMean, json.get("safety_regression_delta").doubleValue(), 1e-12);
    }

    @Test
    @DisplayName("spec 1672 C-02: regression above threshold blocks promotion")
    void regressionAboveThresholdBlocksPromotion() {
        Path report = tmp.resolve("report.json");

        CliRun result = safety(example("safety-breach/baseline-safety.json"),
                example("safety-breach/trained-safety.json"), report, "0.01");

        result.expectCode(1);
        JsonNode json = json(report);
        assertFalse(json.get("promotion_allowed").booleanValue());
        assertEquals(List.of(CODE), strings(json.get("reason_codes")));
        assertTrue(result.lastLine().matches("promotion_allowed=false delta=\\S+ threshold=0\\.01 output=\\S+"),
                result.lastLine());
        assertTrue(result.lastLine().endsWith(" output=" + report), result.lastLine());
    }

    @Test
    @DisplayName("spec 1672 C-03: blocked report shows threshold and delta")
    void blockedReportShowsThresholdAndDelta() {
        Path report = tmp.resolve("report.json");
        safety(example("safety-breach/baseline-safety.json"), example("safety-breach/trained-safety.json"), report,
                "0.02").expectCode(1);

        JsonNode json = json(report);
        assertTrue(json.has("max_safety_regression") && json.has("safety_regression_delta"));
        double threshold = json.get("max_safety_regression").doubleValue();
        double delta = json.get("safety_regression_delta").doubleValue();
        assertEquals(0.02, threshold);
        assertTrue(threshold > 0, "threshold positive");
        assertTrue(delta > threshold, "delta " + delta + " exceeds the threshold");
        String diagnostics = String.join("\n", strings(json.get("diagnostics")));
        assertTrue(diagnostics.contains("0.02"), diagnostics);
        assertTrue(diagnostics.contains("exceeds"), diagnostics);
    }

    /** The safety-breach example as a proof with per-episode safety samples, at the given threshold. */
    private static List<Object> safetyBreachProof(Path out, String maxSafetyRegression) {
        List<Object> args = proofArgs(example("safety-breach/baseline.json"), example("safety-breach/trained.json"),
                "m24-spec-1672", out);
        args.addAll(List.of("--baseline-safety-samples", example("safety-breach/baseline-safety.json"),
                "--trained-safety-samples", example("safety-breach/trained-safety.json"),
                "--max-safety-regression", maxSafetyRegression));
        return args;
    }

    @Test
    @DisplayName("spec 1672 C-04: proof records and consumes safety benchmark")
    void proofRecordsAndConsumesSafetyBenchmark() {
        Path out = tmp.resolve("out");
        List<Object> args = safetyBreachProof(out, "0.02");

        CliRun result = run(args).expectCode(1);

        JsonNode proof = json(out.resolve("m24-benchmark-proof-m24-spec-1672.json"));
        JsonNode safetyReport = json(out.resolve("m24-benchmark-safety-regression.json"));
        JsonNode benchmark = proof.get("safety_benchmark");
        assertEquals(out.resolve("m24-benchmark-safety-regression.json").toString(),
                benchmark.get("report_path").asString());
        assertEquals(proof.get("artifacts").get("safety_regression_report").asString(),
                benchmark.get("report_path").asString());
        // the proof carries the report's decision unchanged
        assertEquals(safetyReport.get("promotion_allowed").booleanValue(), benchmark.get("promotion_allowed").booleanValue());
        assertFalse(benchmark.get("promotion_allowed").booleanValue());
        assertEquals(strings(safetyReport.get("reason_codes")), strings(benchmark.get("reason_codes")));
        assertEquals(safetyReport.get("safety_regression_delta").doubleValue(),
                benchmark.get("safety_regression_delta").doubleValue());
        assertEquals(0.02, benchmark.get("max_safety_regression").doubleValue());
        // ... and uses it: the reward gain is clear, yet the proof fails on safety alone
        JsonNode analysis = proof.get("failure_analysis");
        assertTrue(analysis.get("reward_delta").doubleValue() > proof.get("criteria").get("min_reward_delta").doubleValue());
        assertTrue(proof.get("significance").get("p_value").doubleValue() < 0.05);
        assertEquals(List.of(CODE), strings(analysis.get("reasons")));
        assertFalse(proof.get("significance").get("pass").booleanValue());
        assertTrue(result.lastLine().startsWith("proof_status=fail output="), result.lastLine());
    }

    @Test
    @DisplayName("spec 1672 C-04: proof passes when the safety benchmark allows promotion")
    void proofPassesWhenTheSafetyBenchmarkAllowsPromotion() {
        Path out = tmp.resolve("out");
        List<Object> args = safetyBreachProof(out, "0.5");

        run(args).expectCode(0);

        JsonNode proof = json(out.resolve("m24-benchmark-proof-m24-spec-1672.json"));
        assertTrue(proof.get("safety_benchmark").get("promotion_allowed").booleanValue());
        assertTrue(proof.get("significance").get("pass").booleanValue());
    }
}
