package dev.benchproof.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checkpoint-promotion gate of the evaluation artifact: the safety regression, then the required
 * reproducibility checks, in the contract's order. A required check that could not be evaluated
 * (no observations for it) blocks: the gate fails closed.
 */
public final class PromotionGate {

    private PromotionGate() {
    }

    public static PromotionDecision decide(PromotionPolicy policy, double safetyRegression,
                                           Optional<SeedReproducibility> seeds,
                                           Optional<SampleSizeSensitivity> sensitivity) {
        Thresholds.finite("safety regression", safetyRegression);
        List<ReasonCode> codes = new ArrayList<>();
        if (safetyRegression > policy.maxSafetyRegression()) {
            codes.add(ReasonCode.SAFETY_REGRESSION);
        }
        if (policy.seedReproducibility() == Requirement.REQUIRED
                && !seeds.map(SeedReproducibility::withinBand).orElse(false)) {
            codes.add(ReasonCode.SEED_REPRODUCIBILITY);
        }
        if (policy.sampleSizeSensitivity() == Requirement.REQUIRED
                && !sensitivity.map(SampleSizeSensitivity::withinBand).orElse(false)) {
            codes.add(ReasonCode.SAMPLE_SENSITIVITY);
        }
        return new PromotionDecision(safetyRegression, policy.maxSafetyRegression(), codes);
    }
}
