package dev.benchproof.contract;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An aggregate comparison's numbers must agree with each other: deltas are differences, intervals are
 * ordered, probabilities are probabilities, the multi-task flag matches the design and the gate's
 * verdict and reason codes follow from the gated delta and the run counts.
 */
final class AggregateComparisonRules implements CrossFieldRule {

    static final String GAIN = "aggregate_gain_not_established";
    static final String TOO_FEW_RUNS = "too_few_runs_per_arm";
    static final int MIN_RUNS = 3;
    private static final String[] METRICS = {"iqm", "median", "mean", "optimality_gap"};

    @Override
    public List<Violation> check(JsonNode c) {
        Checks checks = new Checks();
        for (String metric : METRICS) {
            String at = "/aggregates/" + metric;
            checks.requireClose(c, at + "/delta/point", Checks.at(c, at + "/trained/point") - Checks.at(c, at + "/baseline/point"),
                    "aggregate-delta", metric + " trained point - baseline point");
            for (String arm : new String[] {"baseline", "trained", "delta"}) {
                ordered(checks, c, at + "/" + arm);
            }
        }
        probability(checks, c, "/probability_of_improvement");
        JsonNode profile = c.path("performance_profile");
        int thresholds = profile.path("thresholds").size();
        for (String arm : new String[] {"baseline", "trained"}) {
            checks.require(profile.path(arm).size() == thresholds, "/performance_profile/" + arm, "profile-length",
                    "must have one entry per threshold (" + thresholds + "), found " + profile.path(arm).size());
            for (int i = 0; i < profile.path(arm).size(); i++) {
                probability(checks, c, "/performance_profile/" + arm + "/" + i);
            }
        }
        for (int i = 1; i < thresholds; i++) {
            checks.require(profile.path("thresholds").get(i).asDouble() >= profile.path("thresholds").get(i - 1).asDouble(),
                    "/performance_profile/thresholds/" + i, "profile-thresholds-ascending", "thresholds must be ascending");
        }
        design(checks, c);
        gate(checks, c);
        return checks.result();
    }

    private static void ordered(Checks checks, JsonNode c, String pointer) {
        double low = Checks.at(c, pointer + "/ci_low");
        double high = Checks.at(c, pointer + "/ci_high");
        checks.require(low <= high, pointer + "/ci_low", "interval-ordered",
                () -> "ci_low " + Checks.num(low) + " must not exceed ci_high " + Checks.num(high));
    }

    private static void probability(Checks checks, JsonNode c, String pointer) {
        ordered(checks, c, pointer);
        for (String member : new String[] {"point", "ci_low", "ci_high"}) {
            double p = Checks.at(c, pointer + "/" + member);
            checks.require(p >= 0 && p <= 1, pointer + "/" + member, "probability",
                    () -> "must be in [0, 1], found " + Checks.num(p));
        }
    }

    private static void design(Checks checks, JsonNode c) {
        JsonNode design = c.path("design");
        int tasks = design.path("tasks").size();
        JsonNode normalization = design.path("normalization");
        boolean flag = tasks > 1 && normalization.isNull();
        checks.requireFlag(c, "/design/unnormalized_multi_task", flag, "unnormalized-multi-task",
                "several tasks are aggregated " + (normalization.isNull() ? "without" : "with") + " normalization");
        if (normalization.isObject()) {
            List<String> expected = new ArrayList<>();
            design.path("tasks").forEach(t -> expected.add(t.asString()));
            List<String> actual = new ArrayList<>();
            normalization.path("tasks").forEach(t -> actual.add(t.path("task").asString()));
            checks.require(expected.equals(actual), "/design/normalization/tasks", "normalization-tasks",
                    "must list design.tasks in order " + expected + ", found " + actual);
        }
    }

    private static void gate(Checks checks, JsonNode c) {
        JsonNode gate = c.path("gate");
        String metric = gate.path("metric").asString();
        double minDelta = gate.path("min_delta").asDouble();
        JsonNode delta = c.path("aggregates").path(metric).path("delta");
        double improvementLow = metric.equals("optimality_gap") ? -delta.path("ci_high").asDouble() : delta.path("ci_low").asDouble();
        List<String> expected = new ArrayList<>();
        if (!(improvementLow > minDelta)) {
            expected.add(GAIN);
        }
        if (c.at("/design/baseline_runs").asLong() < MIN_RUNS || c.at("/design/trained_runs").asLong() < MIN_RUNS) {
            expected.add(TOO_FEW_RUNS);
        }
        List<String> actual = new ArrayList<>();
        gate.path("reason_codes").forEach(code -> actual.add(code.asString()));
        checks.require(actual.equals(expected), "/gate/reason_codes", "aggregate-reason-codes",
                () -> "must be " + expected + " for the " + metric + " delta interval against min_delta " + Checks.num(minDelta)
                        + " and the run counts, found " + actual);
        checks.requireFlag(c, "/gate/pass", actual.isEmpty(), "aggregate-pass", "the gate passes exactly when reason_codes is empty");
        checks.require(!gate.has("runs_needed_per_arm") || actual.contains(GAIN), "/gate/runs_needed_per_arm",
                "runs-needed", "only present when the gain is not established");
    }
}
