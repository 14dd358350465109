package dev.benchproof.contract;

import dev.benchproof.gate.ProofGate;
import dev.benchproof.gate.ReasonCode;
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

        JsonNode minConfidence = proof.at("/criteria/min_confidence_level");
        // Proofs of the reference scripts may lack min_confidence_level: then nothing fails on it, and a
        // recorded confidence_below_threshold cannot be checked and is taken as it stands.
        List<String> actual = strings(proof.at("/failure_analysis/reasons"));
        List<String> expected = new ArrayList<>(ProofGate.reasons(Checks.at(proof, "/criteria/min_reward_delta"),
                Checks.at(proof, "/criteria/max_p_value"), minConfidence.isNumber() ? minConfidence.asDouble() : 0,
                Checks.at(proof, "/failure_analysis/reward_delta"), codes(safetyCodes), p,
                Checks.at(proof, "/significance/confidence_level"),
                // Whether the test was undefined is a property of the samples, which the proof does not hold.
                actual.contains(ReasonCode.DEGENERATE_SAMPLES.code())).stream().map(ReasonCode::code).toList());
        if (!minConfidence.isNumber() && actual.contains(ReasonCode.CONFIDENCE_BELOW_THRESHOLD.code())) {
            expected.add(ReasonCode.CONFIDENCE_BELOW_THRESHOLD.code());
        }
        JsonNode unit = proof.get("unit_of_analysis");
        if (unit != null && Math.min(unit.path("baseline_runs").asLong(), unit.path("trained_runs").asLong())
                < AggregateComparisonRules.MIN_RUNS) {
            expected.add(AggregateComparisonRules.TOO_FEW_RUNS);
        }
        checks.require(actual.equals(expected), "/failure_analysis/reasons", "proof-reasons",
                "must be " + expected + " for the proof's numbers and criteria, found " + actual);
        checks.requireFlag(proof, "/significance/pass", actual.isEmpty(), "proof-pass",
                "the proof passes exactly when failure_analysis.reasons is empty");
        return checks.result();
    }

    private static List<ReasonCode> codes(List<String> codes) {
        return codes.stream().map(code -> ReasonCode.fromCode(code).orElseThrow()).toList();
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asString()));
        return out;
    }
}
