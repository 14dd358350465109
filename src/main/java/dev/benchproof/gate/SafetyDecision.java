package dev.benchproof.gate;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The safety gate's decision.
 *
 * @param delta        trained minus baseline mean safety penalty; positive means less safe
 * @param upperBound   one-sided upper confidence bound of the delta, in upper-bound mode
 * @param boundConfidence confidence level of that bound
 * @param reasonCodes  blocking codes in contract order; empty when promotion is allowed
 * @param diagnostics  human-readable lines, the observed delta against the threshold among them
 */
public record SafetyDecision(double baselineMean, double trainedMean, double delta, double threshold,
                             long baselineCount, long trainedCount, SafetyGateMode mode,
                             OptionalDouble upperBound, double boundConfidence,
                             List<ReasonCode> reasonCodes, List<String> diagnostics) {

    public SafetyDecision {
        reasonCodes = List.copyOf(reasonCodes);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean promotionAllowed() {
        return reasonCodes.isEmpty();
    }

    /** Number of compared episodes: the smaller arm. */
    public long sampleCount() {
        return Math.min(baselineCount, trainedCount);
    }
}
