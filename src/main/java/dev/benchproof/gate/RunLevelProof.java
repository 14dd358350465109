package dev.benchproof.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The proof gate when the inputs are runs x tasks x episodes: significance is computed on one score
 * per run (its mean over tasks of the mean episode reward), so the run, not the episode, is the
 * unit. Episodes of one run share its seed, weights and environment draws; treating them as
 * independent makes a 5-seed evaluation "significant" about two times in three when nothing changed.
 *
 * <p>On top of {@link ProofGate}'s reasons, fewer than {@link AggregateGate#MIN_RUNS} runs in an arm
 * adds {@link ReasonCode#TOO_FEW_RUNS_PER_ARM}. The sizing in the failure analysis counts runs, so
 * it is stated in runs and not recorded as {@code episodes_needed_per_arm}.
 */
public final class RunLevelProof {

    private RunLevelProof() {
    }

    public static ProofVerdict judge(ProofCriteria criteria, SignificanceOutcome significance, SafetyDecision safety,
                                     int baselineRuns, int trainedRuns) {
        ProofVerdict verdict = ProofGate.judge(criteria, significance, safety);
        List<FailureReason> details = new ArrayList<>();
        for (FailureReason reason : verdict.details()) {
            // ProofGate sizes episodes; here its sample is runs.
            details.add(new FailureReason(reason.code(), reason.observed(), reason.threshold(),
                    reason.message().replace(" episodes per arm are needed", " runs per arm are needed")));
        }
        int fewest = Math.min(baselineRuns, trainedRuns);
        if (fewest < AggregateGate.MIN_RUNS) {
            details.add(new FailureReason(ReasonCode.TOO_FEW_RUNS_PER_ARM, fewest, AggregateGate.MIN_RUNS,
                    "only " + fewest + " run(s) in an arm: at least " + AggregateGate.MIN_RUNS
                            + " independent runs (seeds) per arm are needed to trust a run-level test"));
        }
        List<ReasonCode> reasons = details.stream().map(FailureReason::code).toList();
        String summary = reasons.isEmpty() ? verdict.summary()
                : "Benchmark proof did not meet criteria: " + reasons.size() + " failed ("
                + String.join(", ", reasons.stream().map(ReasonCode::code).toList()) + ").";
        return new ProofVerdict(reasons, details, verdict.rewardDelta(), verdict.safetyRegression(), OptionalLong.empty(), summary);
    }
}
