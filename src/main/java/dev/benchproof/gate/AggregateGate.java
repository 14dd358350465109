package dev.benchproof.gate;

import dev.benchproof.stats.AggregateComparison;
import dev.benchproof.stats.AggregateMetric;
import dev.benchproof.stats.Alternative;
import dev.benchproof.stats.Estimate;
import dev.benchproof.stats.Power;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Gates promotion on one aggregate of an {@link AggregateComparison}: the trained checkpoint must
 * improve the metric by more than {@code minDelta} with the whole delta interval, so
 * {@code delta.ci_low > minDelta} (for the optimality gap, where lower is better,
 * {@code delta.ci_high < -minDelta}), and each arm needs at least {@value #MIN_RUNS} runs: with
 * fewer, a bootstrap over runs has almost nothing to resample and its interval is too narrow to trust.
 */
public final class AggregateGate {

    /** Fewest runs per arm the gate accepts. */
    public static final int MIN_RUNS = 3;
    /** Power used for {@code runs_needed_per_arm}, as for the episodes a proof needs. */
    static final double POWER = 0.8;

    private AggregateGate() {
    }

    /**
     * @throws GateException when {@code minDelta} is negative or not finite
     */
    public static AggregateDecision decide(AggregateComparison comparison, AggregateMetric metric, double minDelta,
                                           int baselineRuns, int trainedRuns) {
        Thresholds.nonNegative("min_delta", minDelta);
        AggregateComparison.Arms arms = comparison.of(metric);
        Estimate delta = arms.delta();
        double sign = metric.higherIsBetter() ? 1 : -1;
        double improvementLow = metric.higherIsBetter() ? delta.ciLow() : -delta.ciHigh();
        double improvement = sign * delta.point();
        List<ReasonCode> reasons = new ArrayList<>();
        OptionalLong runsNeeded = OptionalLong.empty();
        if (!(improvementLow > minDelta)) {
            reasons.add(ReasonCode.AGGREGATE_GAIN_NOT_ESTABLISHED);
            if (improvement > minDelta) {
                runsNeeded = OptionalLong.of(runsNeeded(arms, baselineRuns, trainedRuns, improvement - minDelta,
                        1 - comparison.options().confidence()));
            }
        }
        if (baselineRuns < MIN_RUNS || trainedRuns < MIN_RUNS) {
            reasons.add(ReasonCode.TOO_FEW_RUNS_PER_ARM);
        }
        return new AggregateDecision(metric, minDelta, reasons.isEmpty(), reasons, runsNeeded);
    }

    /**
     * The bootstrap standard deviation of each arm's metric times the square root of its run count
     * estimates one run's spread; {@link Power} turns the two into runs per arm. Never fewer than
     * {@link #MIN_RUNS}, nor than one more run than either arm has (the observed interval failed).
     */
    private static long runsNeeded(AggregateComparison.Arms arms, int baselineRuns, int trainedRuns, double gap, double alpha) {
        double varianceBaseline = arms.baselineBootstrapSd() * arms.baselineBootstrapSd() * baselineRuns;
        double varianceTrained = arms.trainedBootstrapSd() * arms.trainedBootstrapSd() * trainedRuns;
        long n = Power.episodesPerArm(varianceBaseline, varianceTrained, gap, alpha, POWER, Alternative.TWO_SIDED);
        long floor = Math.max(MIN_RUNS, Math.max(baselineRuns, trainedRuns) + 1L);
        return Math.max(n, floor);
    }
}
