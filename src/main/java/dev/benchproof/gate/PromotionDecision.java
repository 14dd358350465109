package dev.benchproof.gate;

import java.util.List;

/**
 * A checkpoint-promotion decision. Codes are kept exactly as given, order included, so a decision made
 * elsewhere survives being bundled into an artifact.
 */
public record PromotionDecision(double safetyRegression, double maxSafetyRegression, List<ReasonCode> reasonCodes) {

    public PromotionDecision {
        reasonCodes = List.copyOf(reasonCodes);
    }

    public boolean promotionAllowed() {
        return reasonCodes.isEmpty();
    }
}
