package dev.benchproof.gate;

import java.util.List;
import java.util.OptionalLong;

/**
 * The proof gate's verdict.
 *
 * @param reasons              failure codes in contract order; empty on a pass
 * @param details              one entry per reason, same order
 * @param episodesNeededPerArm episodes per arm to detect the minimum gain, when the gain was not significant
 */
public record ProofVerdict(List<ReasonCode> reasons, List<FailureReason> details, double rewardDelta,
                           double safetyRegression, OptionalLong episodesNeededPerArm, String summary) {

    public ProofVerdict {
        reasons = List.copyOf(reasons);
        details = List.copyOf(details);
    }

    public boolean pass() {
        return reasons.isEmpty();
    }
}
