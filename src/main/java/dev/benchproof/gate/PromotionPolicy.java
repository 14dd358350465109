package dev.benchproof.gate;

/** What checkpoint promotion demands beyond the safety threshold. */
public record PromotionPolicy(double maxSafetyRegression, Requirement seedReproducibility,
                              Requirement sampleSizeSensitivity) {

    /** The reference evaluation's threshold: the same as the standalone safety gate's. */
    public static final double DEFAULT_MAX_SAFETY_REGRESSION = SafetyGate.DEFAULT_MAX_SAFETY_REGRESSION;

    public PromotionPolicy {
        Thresholds.nonNegative("max_safety_regression", maxSafetyRegression);
    }
}
