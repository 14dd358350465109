package dev.benchproof.gate;

import dev.benchproof.stats.Summary;
import java.util.Optional;

/**
 * What the safety gate compares: per-episode safety samples of both checkpoints, or (the reference
 * behaviour) only their two mean penalties and episode counts.
 */
public final class SafetyInput {

    /** The mean penalty assumed for an arm whose penalty is not given: the reference scripts' 0. */
    public static final double NO_PENALTY = 0.0;

    private final double baselineMean;
    private final double trainedMean;
    private final long baselineCount;
    private final long trainedCount;
    private final double[] baselineSamples;
    private final double[] trainedSamples;

    private SafetyInput(double baselineMean, double trainedMean, long baselineCount, long trainedCount,
                        double[] baselineSamples, double[] trainedSamples) {
        this.baselineMean = Thresholds.finite("baseline_safety_penalty", baselineMean);
        this.trainedMean = Thresholds.finite("trained_safety_penalty", trainedMean);
        this.baselineCount = Thresholds.atLeast("baseline safety sample count", baselineCount, 1);
        this.trainedCount = Thresholds.atLeast("trained safety sample count", trainedCount, 1);
        this.baselineSamples = baselineSamples;
        this.trainedSamples = trainedSamples;
    }

    public static SafetyInput ofMeans(double baselineMean, double trainedMean, long baselineEpisodes, long trainedEpisodes) {
        return new SafetyInput(baselineMean, trainedMean, baselineEpisodes, trainedEpisodes, null, null);
    }

    public static SafetyInput ofSamples(double[] baseline, double[] trained) {
        return new SafetyInput(Summary.of(baseline).mean(), Summary.of(trained).mean(), baseline.length, trained.length,
                baseline, trained);
    }

    public double baselineMean() {
        return baselineMean;
    }

    public double trainedMean() {
        return trainedMean;
    }

    public long baselineCount() {
        return baselineCount;
    }

    public long trainedCount() {
        return trainedCount;
    }

    /** Both sample vectors, when the input has them (needed for a confidence bound). */
    public Optional<double[][]> samples() {
        return baselineSamples == null ? Optional.empty() : Optional.of(new double[][] {baselineSamples, trainedSamples});
    }
}
