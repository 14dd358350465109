package dev.benchproof.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Drift of results across sample sizes for one seed: the mean p-value and reward delta per size
 * (ascending), and the largest change between neighbouring sizes.
 */
public record SampleSizeSensitivity(long seed, List<Point> points, double maxPValueDrift, double maxRewardDeltaDrift,
                                    boolean withinBand, double pValueDriftLimit, double rewardDeltaDriftLimit) {

    /** The reference evaluation's band. */
    public static final double DEFAULT_MAX_P_VALUE_DRIFT = 0.04;
    public static final double DEFAULT_MAX_REWARD_DELTA_DRIFT = 0.08;

    public SampleSizeSensitivity {
        points = List.copyOf(points);
    }

    /** Mean results at one sample size. */
    public record Point(long sampleSize, double meanPValue, double meanRewardDelta) {
    }

    /**
     * Evaluates {@code seed}, or, when it is empty, the smallest seed observed at two or more sample
     * sizes. Empty when no seed has two sizes and none was asked for.
     *
     * @throws GateException when the seed asked for has fewer than two sample sizes, or a limit is out of range
     */
    public static Optional<SampleSizeSensitivity> evaluate(List<Observation> observations, OptionalLong seed,
                                                           double pValueDriftLimit, double rewardDeltaDriftLimit) {
        Thresholds.probability("max_p_value_drift", pValueDriftLimit);
        Thresholds.nonNegative("max_reward_delta_drift", rewardDeltaDriftLimit);
        long chosen;
        if (seed.isPresent()) {
            chosen = seed.getAsLong();
        } else {
            OptionalLong smallest = observations.stream().mapToLong(Observation::seed).distinct().sorted()
                    .filter(s -> pointsOf(observations, s).size() >= 2).findFirst();
            if (smallest.isEmpty()) {
                return Optional.empty();
            }
            chosen = smallest.getAsLong();
        }
        List<Point> points = pointsOf(observations, chosen);
        if (points.size() < 2) {
            throw new GateException("sensitivity_seed", "%s must be observed at two or more sample sizes, found %s",
                    chosen, points.size());
        }
        Drift drift = drift(points);
        boolean within = withinBand(drift, pValueDriftLimit, rewardDeltaDriftLimit);
        return Optional.of(new SampleSizeSensitivity(chosen, points, drift.pValue(), drift.rewardDelta(), within,
                pValueDriftLimit, rewardDeltaDriftLimit));
    }

    /** Largest changes of the mean p-value and mean reward delta between neighbouring points. */
    public record Drift(double pValue, double rewardDelta) {
    }

    /** The drifts of points in ascending sample size. */
    public static Drift drift(List<Point> points) {
        double pDrift = 0;
        double deltaDrift = 0;
        for (int i = 1; i < points.size(); i++) {
            pDrift = Math.max(pDrift, Math.abs(points.get(i).meanPValue() - points.get(i - 1).meanPValue()));
            deltaDrift = Math.max(deltaDrift,
                    Math.abs(points.get(i).meanRewardDelta() - points.get(i - 1).meanRewardDelta()));
        }
        return new Drift(pDrift, deltaDrift);
    }

    /** The band: both drifts within their limits (inclusive). */
    public static boolean withinBand(Drift drift, double pValueDriftLimit, double rewardDeltaDriftLimit) {
        return drift.pValue() <= pValueDriftLimit && drift.rewardDelta() <= rewardDeltaDriftLimit;
    }

    private static List<Point> pointsOf(List<Observation> observations, long seed) {
        TreeMap<Long, double[]> sums = new TreeMap<>(); // size -> {count, sum p, sum delta}
        for (Observation o : observations) {
            if (o.seed() == seed) {
                double[] sum = sums.computeIfAbsent(o.sampleSize(), k -> new double[3]);
                sum[0]++;
                sum[1] += o.pValue();
                sum[2] += o.rewardDelta();
            }
        }
        List<Point> points = new ArrayList<>();
        sums.forEach((size, sum) -> points.add(new Point(size, sum[1] / sum[0], sum[2] / sum[0])));
        return points;
    }
}
