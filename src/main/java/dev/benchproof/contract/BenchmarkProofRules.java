package dev.benchproof.contract;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The proof's verdict, reasons and copied safety decision must agree with its numbers and criteria. */
final class BenchmarkProofRules implements CrossFieldRule {

    @Override
    public List<Violation> check(JsonNode proof) {
        Checks checks = new Checks();
        double p = Checks.at(proof, "/significance/p_value");
        checks.requireClose(proof, "/significance/confidence_level", 1.0 - p, "confidence-level", "1 - p_value");
        checks.requireDifference(proof, "/failure_analysis/reward_delta", Checks.at(proof, "/trained/mean_reward"),
                Checks.at(proof, "/baseline/mean_reward"), "reward-delta",
                "trained.mean_reward - baseline.mean_reward");
        checks.requireDifference(proof, "/failure_analysis/safety_regression",
                Checks.at(proof, "/trained/mean_safety_penalty"), Checks.at(proof, "/baseline/mean_safety_penalty"),
                "safety-regression",
                "trained.mean_safety_penalty - baseline.mean_safety_penalty");
        checks.requireEquals(proof, "/safety_benchmark/report_path",
                proof.at("/artifacts/safety_regression_report").asString(), "safety-report-path",
                "artifacts.safety_regression_report");
        List<String> safetyCodes = strings(proof.at("/safety_benchmark/reason_codes"));
        checks.requireFlag(proof, "/safety_benchmark/promotion_allowed", safetyCodes.isEmpty(),
                "safety-promotion-allowed", "promotion is allowed exactly when reason_codes is empty");

        List<String> expected = new ArrayList<>();
        if (Checks.at(proof, "/failure_analysis/reward_delta") < Checks.at(proof, "/criteria/min_reward_delta")) {
            expected.add("reward_gain_below_threshold");
        }
        expected.addAll(safetyCodes);
        if (p > Checks.at(proof, "/criteria/max_p_value")) {
            expected.add("p_value_above_threshold");
        }
        JsonNode minConfidence = proof.at("/criteria/min_confidence_level");
        List<String> actual = strings(proof.at("/failure_analysis/reasons"));
        if (minConfidence.isNumber()) {
            if (Checks.at(proof, "/significance/confidence_level") < minConfidence.asDouble()) {
                expected.add("confidence_below_threshold");
            }
        } else if (actual.contains("confidence_below_threshold")) {
            expected.add("confidence_below_threshold"); // criteria without the threshold cannot be checked
        }
        if (actual.contains("degenerate_samples")) {
            expected.add("degenerate_samples"); // a property of the samples, which the proof does not hold
        }
        checks.require(actual.equals(expected), "/failure_analysis/reasons", "proof-reasons",
                "must be " + expected + " for the proof's numbers and criteria, found " + actual);
        checks.requireFlag(proof, "/significance/pass", actual.isEmpty(), "proof-pass",
                "the proof passes exactly when failure_analysis.reasons is empty");
        return checks.result();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asString()));
        return out;
    }
}
