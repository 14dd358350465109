package dev.benchproof.contract;

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
                Checks.lowerEnd(artifact, "/policy_improvement/delta_ci_low") > 0, "significant-improvement",
                "it means delta_ci_low > 0 (null: minus infinity)");
        checks.requireFlag(artifact, "/checkpoint_promotion/promotion_allowed",
                artifact.at("/checkpoint_promotion/reason_codes").isEmpty(), "promotion-allowed",
                "promotion is allowed exactly when reason_codes is empty");
        JsonNode seeds = artifact.get("seed_reproducibility");
        if (seeds != null && seeds.isObject() && seeds.has("max_p_value_range") && seeds.has("max_reward_delta_range")) {
            boolean within = seeds.path("p_value_range").asDouble() <= seeds.path("max_p_value_range").asDouble()
                    && seeds.path("reward_delta_range").asDouble() <= seeds.path("max_reward_delta_range").asDouble();
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
        double pDrift = 0;
        double deltaDrift = 0;
        for (int i = 1; i < points.size(); i++) {
            JsonNode previous = points.get(i - 1);
            JsonNode point = points.get(i);
            checks.require(point.path("sample_size").asLong() > previous.path("sample_size").asLong(),
                    "/sample_size_sensitivity/points/" + i + "/sample_size", "points-ascending",
                    "must be greater than the previous point's sample_size");
            pDrift = Math.max(pDrift, Math.abs(point.path("mean_p_value").asDouble()
                    - previous.path("mean_p_value").asDouble()));
            deltaDrift = Math.max(deltaDrift, Math.abs(point.path("mean_reward_delta").asDouble()
                    - previous.path("mean_reward_delta").asDouble()));
        }
        JsonNode root = sensitivity;
        checks.require(Checks.close(root.path("max_p_value_drift").asDouble(), pDrift),
                "/sample_size_sensitivity/max_p_value_drift", "p-value-drift",
                "must equal the largest change between neighbouring points (" + Checks.num(pDrift) + ")");
        checks.require(Checks.close(root.path("max_reward_delta_drift").asDouble(), deltaDrift),
                "/sample_size_sensitivity/max_reward_delta_drift", "reward-delta-drift",
                "must equal the largest change between neighbouring points (" + Checks.num(deltaDrift) + ")");
        if (root.has("p_value_drift_limit") && root.has("reward_delta_drift_limit")) {
            boolean within = pDrift <= root.path("p_value_drift_limit").asDouble()
                    && deltaDrift <= root.path("reward_delta_drift_limit").asDouble();
            checks.require(root.path("within_band").asBoolean() == within, "/sample_size_sensitivity/within_band",
                    "sensitivity-band", "must be " + within + " since both drifts are compared with their limits");
        }
    }
}
