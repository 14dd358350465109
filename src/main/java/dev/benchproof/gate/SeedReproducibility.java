package dev.benchproof.gate;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Spread of results across seeds at one sample size: the ranges (max - min) of p-value and reward
 * delta, within band when both are within their limits.
 */
public record SeedReproducibility(long sampleSize, int runCount, double pValueRange, double rewardDeltaRange,
                                  boolean withinBand, double maxPValueRange, double maxRewardDeltaRange) {

    /** The reference evaluation's band. */
    public static final double DEFAULT_MAX_P_VALUE_RANGE = 0.05;
    public static final double DEFAULT_MAX_REWARD_DELTA_RANGE = 0.05;

    /**
     * Evaluates the observations at {@code sampleSize}, or, when it is empty, at the largest sample size
     * with at least two runs. Empty when no size has two runs and none was asked for.
     *
     * @throws GateException when the size asked for has fewer than two runs, or a limit is out of range
     */
    public static Optional<SeedReproducibility> evaluate(List<Observation> observations, OptionalLong sampleSize,
                                                         double maxPValueRange, double maxRewardDeltaRange) {
        Thresholds.probability("max_p_value_range", maxPValueRange);
        Thresholds.nonNegative("max_reward_delta_range", maxRewardDeltaRange);
        long size;
        if (sampleSize.isPresent()) {
            size = sampleSize.getAsLong();
        } else {
            OptionalLong largest = observations.stream()
                    .mapToLong(Observation::sampleSize).distinct()
                    .filter(s -> runsAt(observations, s).size() >= 2)
                    .max();
            if (largest.isEmpty()) {
                return Optional.empty();
            }
            size = largest.getAsLong();
        }
        List<Observation> runs = runsAt(observations, size);
        if (runs.size() < 2) {
            throw new GateException("reproducibility_sample_size", "%s must have at least two seed runs, found %s",
                    size, runs.size());
        }
        double pRange = range(runs.stream().mapToDouble(Observation::pValue).toArray());
        double deltaRange = range(runs.stream().mapToDouble(Observation::rewardDelta).toArray());
        boolean within = withinBand(pRange, deltaRange, maxPValueRange, maxRewardDeltaRange);
        return Optional.of(new SeedReproducibility(size, runs.size(), pRange, deltaRange, within, maxPValueRange,
                maxRewardDeltaRange));
    }

    private static List<Observation> runsAt(List<Observation> observations, long size) {
        return observations.stream().filter(o -> o.sampleSize() == size).toList();
    }

    /** The band: both ranges within their limits (inclusive). */
    public static boolean withinBand(double pValueRange, double rewardDeltaRange, double maxPValueRange,
                                     double maxRewardDeltaRange) {
        return pValueRange <= maxPValueRange && rewardDeltaRange <= maxRewardDeltaRange;
    }

    private static double range(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }
}
