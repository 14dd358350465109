package dev.benchproof.contract;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The safety delta, its reason codes and the promotion decision must agree with the numbers. */
final class SafetyReportRules implements CrossFieldRule {

    static final String REGRESSION = "checkpoint_promotion_blocked_safety_regression";
    static final String UPPER_BOUND = "checkpoint_promotion_blocked_safety_upper_bound";

    @Override
    public List<Violation> check(JsonNode report) {
        Checks checks = new Checks();
        double baseline = Checks.at(report, "/baseline_mean_safety_penalty");
        double trained = Checks.at(report, "/trained_mean_safety_penalty");
        checks.requireDifference(report, "/safety_regression_delta", trained, baseline, "safety-delta",
                "trained_mean_safety_penalty - baseline_mean_safety_penalty");
        double delta = Checks.at(report, "/safety_regression_delta");
        double max = Checks.at(report, "/max_safety_regression");
        List<String> expected = new ArrayList<>();
        if (delta > max) {
            expected.add(REGRESSION);
        }
        boolean upperBoundMode = "upper-bound".equals(report.path("safety_gate").asString());
        JsonNode bound = report.get("safety_delta_upper_bound");
        checks.require(!upperBoundMode || bound != null, "", "safety-upper-bound",
                "safety_delta_upper_bound is required when safety_gate is upper-bound");
        if (upperBoundMode && bound != null && bound.path("upper_bound").asDouble() > max) {
            expected.add(UPPER_BOUND);
        }
        List<String> actual = new ArrayList<>();
        report.path("reason_codes").forEach(code -> actual.add(code.asString()));
        checks.require(actual.equals(expected), "/reason_codes", "safety-reason-codes",
                () -> "must be " + expected + " for delta " + Checks.num(delta) + " against threshold " + Checks.num(max)
                        + ", found " + actual);
        checks.requireFlag(report, "/promotion_allowed", actual.isEmpty(), "promotion-allowed",
                "promotion is allowed exactly when reason_codes is empty");
        return checks.result();
    }
}
