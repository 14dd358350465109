package dev.benchproof.contract;

import dev.benchproof.gate.SampleSizeSensitivity;
import dev.benchproof.gate.SeedReproducibility;
import dev.benchproof.gate.SignificanceOutcome;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Summaries, the improvement flag and the optional sections of an evaluation artifact must be self-consistent. */
final class EvaluationArtifactRules implements CrossFieldRule {

    @Override
    public List<Violation> check(JsonNode artifact) {
        Checks checks = new Checks();
        for (String arm : List.of("baseline", "candidate")) {
            String base = "/policy_improvement/" + arm;
            checks.requireClose(artifact, base + "/std_dev", Math.sqrt(Checks.at(artifact, base + "/variance")),
                    "std-dev", "sqrt(variance)");
            double mean = Checks.at(artifact, base + "/mean");
            checks.require(Checks.lowerEnd(artifact, base + "/ci_low") <= mean
                            && mean <= Checks.upperEnd(artifact, base + "/ci_high"),
                    base + "/mean", "summary-interval", "must lie within [ci_low, ci_high]");
        }
        checks.requireDifference(artifact, "/policy_improvement/mean_delta",
                Checks.at(artifact, "/policy_improvement/candidate/mean"),
                Checks.at(artifact, "/policy_improvement/baseline/mean"),
                "mean-delta", "candidate.mean - baseline.mean");
        checks.requireFlag(artifact, "/policy_improvement/is_significant_improvement",
                SignificanceOutcome.significant(Checks.lowerEnd(artifact, "/policy_improvement/delta_ci_low")),
                "significant-improvement", "it means delta_ci_low > 0 (null: minus infinity)");
        checks.requireFlag(artifact, "/checkpoint_promotion/promotion_allowed",
                artifact.at("/checkpoint_promotion/reason_codes").isEmpty(), "promotion-allowed",
                "promotion is allowed exactly when reason_codes is empty");
        JsonNode seeds = artifact.get("seed_reproducibility");
        if (seeds != null && seeds.isObject() && seeds.has("max_p_value_range") && seeds.has("max_reward_delta_range")) {
            boolean within = SeedReproducibility.withinBand(seeds.path("p_value_range").asDouble(),
                    seeds.path("reward_delta_range").asDouble(), seeds.path("max_p_value_range").asDouble(),
                    seeds.path("max_reward_delta_range").asDouble());
            checks.requireFlag(artifact, "/seed_reproducibility/within_band", within, "seed-band",
                    "both ranges are compared with their limits");
        }
        JsonNode sensitivity = artifact.get("sample_size_sensitivity");
        if (sensitivity != null && sensitivity.isObject()) {
            checkSensitivity(sensitivity, checks);
        }
        return checks.result();
    }

    private static void checkSensitivity(JsonNode sensitivity, Checks checks) {
        JsonNode points = sensitivity.path("points");
        List<SampleSizeSensitivity.Point> parsed = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            JsonNode point = points.get(i);
            if (i > 0) {
                checks.require(point.path("sample_size").asLong() > points.get(i - 1).path("sample_size").asLong(),
                        "/sample_size_sensitivity/points/" + i + "/sample_size", "points-ascending",
                        "must be greater than the previous point's sample_size");
            }
            parsed.add(new SampleSizeSensitivity.Point(point.path("sample_size").asLong(),
                    point.path("mean_p_value").asDouble(), point.path("mean_reward_delta").asDouble()));
        }
        SampleSizeSensitivity.Drift drift = SampleSizeSensitivity.drift(parsed);
        checks.require(Checks.close(sensitivity.path("max_p_value_drift").asDouble(), drift.pValue()),
                "/sample_size_sensitivity/max_p_value_drift", "p-value-drift",
                () -> "must equal the largest change between neighbouring points (" + Checks.num(drift.pValue()) + ")");
        checks.require(Checks.close(sensitivity.path("max_reward_delta_drift").asDouble(), drift.rewardDelta()),
                "/sample_size_sensitivity/max_reward_delta_drift", "reward-delta-drift",
                () -> "must equal the largest change between neighbouring points (" + Checks.num(drift.rewardDelta()) + ")");
        if (sensitivity.has("p_value_drift_limit") && sensitivity.has("reward_delta_drift_limit")) {
            boolean within = SampleSizeSensitivity.withinBand(drift, sensitivity.path("p_value_drift_limit").asDouble(),
                    sensitivity.path("reward_delta_drift_limit").asDouble());
            checks.require(sensitivity.path("within_band").asBoolean() == within, "/sample_size_sensitivity/within_band",
                    "sensitivity-band", "must be " + within + " since both drifts are compared with their limits");
        }
    }
}
