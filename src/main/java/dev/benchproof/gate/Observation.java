package dev.benchproof.gate;

/** Result of one seeded benchmark run at one sample size. */
public record Observation(long seed, long sampleSize, double pValue, double rewardDelta) {

    public Observation {
        Thresholds.atLeast("sample_size", sampleSize, 1);
        Thresholds.probability("p_value", pValue);
        Thresholds.finite("reward_delta", rewardDelta);
    }
}
