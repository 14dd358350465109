package dev.benchproof.gate;

/**
 * Thresholds a benchmark proof is judged against.
 *
 * @param minRewardDelta      smallest acceptable trained minus baseline mean reward (>= 0)
 * @param maxSafetyRegression largest tolerated safety delta (>= 0)
 * @param maxPValue           largest acceptable p-value, in [0, 1]
 * @param minConfidenceLevel  smallest acceptable 1 - p, in [0, 1]
 */
public record ProofCriteria(double minRewardDelta, double maxSafetyRegression, double maxPValue,
                            double minConfidenceLevel) {

    /** The reference scripts' defaults. */
    public static final ProofCriteria DEFAULTS = new ProofCriteria(0.05, 0.0, 0.05, 0.95);

    public ProofCriteria {
        Thresholds.nonNegative("min_reward_delta", minRewardDelta);
        Thresholds.nonNegative("max_safety_regression", maxSafetyRegression);
        Thresholds.probability("max_p_value", maxPValue);
        Thresholds.probability("min_confidence_level", minConfidenceLevel);
    }
}
