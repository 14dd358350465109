package dev.benchproof.cli;

import dev.benchproof.TestJson;
import static dev.benchproof.cli.CliRun.run;
import static dev.benchproof.cli.CliRun.write;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random reward vectors of any magnitude from 1e-150 to 1e100, with or without a large common offset,
 * run through the real commands in-process: every artifact is assembled and validated (schema and
 * cross-field rules) before it is written, so a tolerance that ignores the numbers' conditioning shows
 * up as exit 70 here.
 */
class ExtremeMagnitudesPropertyTest {

    private static final int CASES = 40;

    @TempDir
    Path tmp;

    @Test
    @DisplayName("issue 13: no accepted input of magnitude 1e-150..1e100 (with offsets) exits 70")
    void everyMagnitudeAndOffsetGivesAGateDecision() {
        SplittableRandom random = new SplittableRandom(13);
        for (int c = 0; c < CASES; c++) {
            // top: the largest magnitude in the case; the spread is at most top, at least 1e-150.
            double top = Math.pow(10, -150 + 249 * random.nextDouble());
            double scale = Math.max(1e-150, top * Math.pow(10, -16 * random.nextDouble()));
            double offset = switch (c % 4) {
                case 0 -> 0;
                case 1 -> top; // large offset, possibly tiny spread: the 1e9 + 0.1 case
                case 2 -> -top;
                default -> top * (random.nextDouble() - 0.5);
            };
            scale = Math.min(scale, top / 8);
            int n = 2 + random.nextInt(7);
            double gain = random.nextDouble() * 2;
            double[] baseline = new double[n];
            double[] trained = new double[n];
            for (int i = 0; i < n; i++) {
                baseline[i] = offset + scale * gaussian(random);
                trained[i] = offset + scale * (gain + gaussian(random));
            }
            Path dir = tmp.resolve("case-" + c);
            Path b = write(dir.resolve("baseline.json"), json(baseline));
            Path t = write(dir.resolve("trained.json"), json(trained));
            String what = "case " + c + ": baseline " + json(baseline) + " trained " + json(trained);

            List<Object> proof = CliRun.proofArgs(b, t, "m24-magnitudes", dir.resolve("proof"));
            proof.addAll(List.of("--bootstrap-resamples", "200", "--baseline-safety-penalty", offset,
                    "--trained-safety-penalty", offset + scale));
            expectDecision(run(proof), what + " (proof)");
            expectDecision(run("significance", "--baseline-samples", b, "--trained-samples", t, "--run-id",
                    "m24-magnitudes", "--generated-at", CliRun.GENERATED_AT, "--paired", "--alternative", "greater",
                    "--bootstrap-resamples", "200", "--output-report", dir.resolve("significance.json")),
                    what + " (significance --paired --alternative greater)");
            expectDecision(run("evaluate", "--baseline-samples", b, "--candidate-samples", t, "--suite-id", "s",
                    "--baseline-policy-id", "a", "--candidate-policy-id", "b", "--generated-at-epoch-ms", "42",
                    "--output-dir", dir.resolve("evaluate")), what + " (evaluate)");
        }
    }

    @Test
    @DisplayName("issue 13: [1e9, 1e9+0.3] vs [1e9+0.1, 1e9+0.5] and the 1e7 pair give a decision, not exit 70")
    void largeRewardsWithSmallDifferencesAreValid() {
        String[][] cases = {
            {"[1e9,1000000000.3]", "[1000000000.1,1000000000.5]"},
            {"[10000000.01,10000000.02]", "[10000000.03,10000000.05]"},
        };
        for (int c = 0; c < cases.length; c++) {
            Path dir = tmp.resolve("issue-" + c);
            Path b = write(dir.resolve("baseline.json"), cases[c][0]);
            Path t = write(dir.resolve("trained.json"), cases[c][1]);
            for (String paired : List.of("--alternative=two-sided", "--paired")) {
                List<Object> proof = CliRun.proofArgs(b, t, "m24-large", dir.resolve("proof" + paired));
                proof.add(paired);
                expectDecision(run(proof), cases[c][0] + " proof " + paired);
                expectDecision(run("significance", "--baseline-samples", b, "--trained-samples", t, "--run-id",
                        "m24-large", "--generated-at", CliRun.GENERATED_AT, paired, "--output-report",
                        dir.resolve("significance" + paired + ".json")), cases[c][0] + " significance " + paired);
            }
            expectDecision(run("evaluate", "--baseline-samples", b, "--candidate-samples", t, "--suite-id", "s",
                    "--baseline-policy-id", "a", "--candidate-policy-id", "b", "--generated-at-epoch-ms", "42",
                    "--output-dir", dir.resolve("evaluate")), cases[c][0] + " evaluate");
        }
    }

    @Test
    @DisplayName("issue 13: constant arms [0,0] vs [1,1] are degenerate: exit 1, valid report, null interval")
    void degenerateArmsFailWithAValidReport() {
        Path b = write(tmp.resolve("degenerate/baseline.json"), "[0,0]");
        Path t = write(tmp.resolve("degenerate/trained.json"), "[1,1]");
        Path report = tmp.resolve("degenerate/significance.json");
        CliRun result = run("significance", "--baseline-samples", b, "--trained-samples", t, "--run-id", "m24-degenerate",
                "--generated-at", CliRun.GENERATED_AT, "--output-report", report).expectCode(ExitCodes.GATE_FAILED);
        assertTrue(result.lastLine().startsWith("significance_status=fail p_value=1 delta_ci_low=null "), result.out());
        var significance = TestJson.json(report).get("significance");
        assertTrue(significance.get("delta_ci_low").isNull() && significance.get("delta_ci_high").isNull());
        assertTrue(significance.get("tests").get("welch").get("statistic").asDouble() == 0);
        run("validate", report).expectCode(ExitCodes.OK);
        expectDecision(run("evaluate", "--baseline-samples", b, "--candidate-samples", t, "--suite-id", "s",
                "--baseline-policy-id", "a", "--candidate-policy-id", "b", "--generated-at-epoch-ms", "42",
                "--output-dir", tmp.resolve("degenerate/evaluate")), "evaluate on constant arms");
    }

    @Test
    @DisplayName("issue 13: a tiny --alpha on huge rewards overflows no interval into the input's blame")
    void tinyAlphaOnHugeRewardsGivesADecision() {
        Path b = write(tmp.resolve("alpha/baseline.json"), "[1e100,-1e100]");
        Path t = write(tmp.resolve("alpha/trained.json"), "[2e99,1e100]");
        for (String alpha : List.of("1e-17", "1e-300")) {
            expectDecision(run("significance", "--baseline-samples", b, "--trained-samples", t, "--run-id", "m24-alpha",
                    "--generated-at", CliRun.GENERATED_AT, "--alpha", alpha, "--output-report",
                    tmp.resolve("alpha/significance-" + alpha + ".json")), "significance --alpha " + alpha);
            List<Object> proof = CliRun.proofArgs(b, t, "m24-alpha", tmp.resolve("alpha/proof-" + alpha));
            proof.addAll(List.of("--alpha", alpha, "--paired", "--alternative", "greater"));
            expectDecision(run(proof), "proof --alpha " + alpha);
            expectDecision(run("evaluate", "--baseline-samples", b, "--candidate-samples", t, "--suite-id", "s",
                    "--baseline-policy-id", "a", "--candidate-policy-id", "b", "--generated-at-epoch-ms", "42",
                    "--alpha", alpha, "--output-dir", tmp.resolve("alpha/evaluate-" + alpha)), "evaluate --alpha " + alpha);
            expectDecision(run("safety", "--baseline-safety-samples", b, "--trained-safety-samples", t, "--run-id",
                    "m24-alpha", "--generated-at", CliRun.GENERATED_AT, "--safety-gate", "upper-bound",
                    "--safety-bound-alpha", "1e-15", "--output-report", tmp.resolve("alpha/safety-" + alpha + ".json")),
                    "safety --safety-bound-alpha 1e-15");
        }
        run("safety", "--baseline-safety-samples", b, "--trained-safety-samples", t, "--run-id", "m24-alpha",
                "--safety-gate", "upper-bound", "--safety-bound-alpha", "1e-300", "--output-report",
                tmp.resolve("alpha/never.json")).expectBadInput("--safety-bound-alpha");
    }

    private static void expectDecision(CliRun result, String what) {
        assertTrue(result.code() == ExitCodes.OK || result.code() == ExitCodes.GATE_FAILED,
                () -> what + ": exit " + result.code() + "\n" + result.err());
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * v);
    }

    private static String json(double[] values) {
        List<String> items = new ArrayList<>();
        for (double v : values) {
            items.add(Double.toString(v));
        }
        return "[" + String.join(",", items) + "]";
    }
}
