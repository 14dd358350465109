package dev.benchproof.gate;

/** What checkpoint promotion demands beyond the safety threshold. */
public record PromotionPolicy(double maxSafetyRegression, Requirement seedReproducibility,
                              Requirement sampleSizeSensitivity) {

    public PromotionPolicy {
        Thresholds.nonNegative("--max-safety-regression", maxSafetyRegression);
    }
}
