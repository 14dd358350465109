package dev.benchproof.gate;

import dev.benchproof.stats.DecimalText;
import dev.benchproof.stats.Power;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The proof gate: the reward gain, the safety report's decision, the p-value and the confidence level,
 * each against its criterion, with reasons in the contract's order.
 */
public final class ProofGate {

    /** Power the failure analysis sizes the next experiment for. */
    public static final double TARGET_POWER = 0.8;

    private ProofGate() {
    }

    public static ProofVerdict judge(ProofCriteria criteria, SignificanceOutcome significance, SafetyDecision safety) {
        double rewardDelta = significance.trained().mean() - significance.baseline().mean();
        double p = significance.pValue();
        double confidence = significance.confidenceLevel();
        List<FailureReason> details = new ArrayList<>();
        OptionalLong episodesNeeded = episodesNeeded(criteria, significance);
        String sizing = episodesNeeded.isPresent()
                ? "; about " + episodesNeeded.getAsLong() + (significance.design() == SampleDesign.PAIRED
                ? " pairs are" : " episodes per arm are") + " needed to detect a gain of "
                + text(criteria.minRewardDelta()) + " at alpha " + text(sizingLevel(criteria)) + " with power "
                + text(TARGET_POWER)
                : "";

        List<ReasonCode> reasons = reasons(criteria.minRewardDelta(), criteria.maxPValue(),
                criteria.minConfidenceLevel(), rewardDelta, safety.reasonCodes(), p, confidence, significance.degenerate());
        if (reasons.contains(ReasonCode.REWARD_GAIN_BELOW_THRESHOLD)) {
            details.add(new FailureReason(ReasonCode.REWARD_GAIN_BELOW_THRESHOLD, rewardDelta, criteria.minRewardDelta(),
                    "reward delta " + text(rewardDelta) + " is below min_reward_delta " + text(criteria.minRewardDelta())
                            + ": the trained checkpoint does not improve enough on the baseline"));
        }
        for (ReasonCode code : safety.reasonCodes()) {
            boolean bound = code == ReasonCode.SAFETY_UPPER_BOUND;
            double observed = bound ? safety.upperBound().orElseThrow() : safety.delta();
            details.add(new FailureReason(code, observed, safety.threshold(),
                    (bound ? "upper confidence bound of the safety regression " : "safety regression ")
                            + text(observed) + " exceeds max_safety_regression " + text(safety.threshold())
                            + ": the trained checkpoint is less safe than the baseline allows"));
        }
        if (reasons.contains(ReasonCode.P_VALUE_ABOVE_THRESHOLD)) {
            details.add(new FailureReason(ReasonCode.P_VALUE_ABOVE_THRESHOLD, p, criteria.maxPValue(),
                    "p-value " + text(p) + " is above max_p_value " + text(criteria.maxPValue())
                            + ": the gain is not significant" + sizing));
        }
        if (reasons.contains(ReasonCode.CONFIDENCE_BELOW_THRESHOLD)) {
            details.add(new FailureReason(ReasonCode.CONFIDENCE_BELOW_THRESHOLD, confidence,
                    criteria.minConfidenceLevel(), "confidence level " + text(confidence)
                    + " is below min_confidence_level " + text(criteria.minConfidenceLevel()) + sizing));
        }
        if (reasons.contains(ReasonCode.DEGENERATE_SAMPLES)) {
            details.add(new FailureReason(ReasonCode.DEGENERATE_SAMPLES, 0, 0,
                    "the " + (significance.design() == SampleDesign.PAIRED ? "paired differences are all equal"
                            : "rewards of both arms are constant")
                            + ", so the t-test is undefined and nothing is significant: measure more varied episodes"));
        }
        String summary = reasons.isEmpty()
                ? "Benchmark proof criteria satisfied: reward delta " + text(rewardDelta) + " >= "
                + text(criteria.minRewardDelta()) + ", p-value " + text(p) + " <= " + text(criteria.maxPValue())
                + ", confidence " + text(confidence) + " >= " + text(criteria.minConfidenceLevel())
                + ", safety regression " + text(safety.delta()) + " <= " + text(safety.threshold()) + "."
                : "Benchmark proof did not meet criteria: " + reasons.size() + " failed ("
                + String.join(", ", reasons.stream().map(ReasonCode::code).toList()) + ").";
        return new ProofVerdict(reasons, details, rewardDelta, safety.delta(), episodesNeeded, summary);
    }

    /**
     * The failed criteria in the contract's order: reward gain, the safety gate's codes, p-value, confidence,
     * and an undefined test.
     * The cross-field rules call this on a proof's recorded numbers, so a proof and its check cannot drift.
     */
    public static List<ReasonCode> reasons(double minRewardDelta, double maxPValue, double minConfidenceLevel,
                                           double rewardDelta, List<ReasonCode> safetyCodes, double pValue,
                                           double confidenceLevel, boolean degenerate) {
        List<ReasonCode> reasons = new ArrayList<>();
        if (rewardDelta < minRewardDelta) {
            reasons.add(ReasonCode.REWARD_GAIN_BELOW_THRESHOLD);
        }
        reasons.addAll(safetyCodes);
        if (pValue > maxPValue) {
            reasons.add(ReasonCode.P_VALUE_ABOVE_THRESHOLD);
        }
        if (confidenceLevel < minConfidenceLevel) {
            reasons.add(ReasonCode.CONFIDENCE_BELOW_THRESHOLD);
        }
        if (degenerate) {
            reasons.add(ReasonCode.DEGENERATE_SAMPLES);
        }
        return List.copyOf(reasons);
    }

    /**
     * Sample size for the next run, when the proof's p-value criterion failed and a minimum gain is
     * set: the same t-test (paired or Welch), sidedness and level as that criterion, so a run of the
     * recommended size passes it with the target power. A degenerate test gives no sizing.
     */
    private static OptionalLong episodesNeeded(ProofCriteria criteria, SignificanceOutcome significance) {
        double p = significance.pValue();
        boolean pCriterionFailed = p > criteria.maxPValue() || significance.confidenceLevel() < criteria.minConfidenceLevel();
        double level = sizingLevel(criteria);
        if (!pCriterionFailed || criteria.minRewardDelta() <= 0 || significance.degenerate() || !(level > 0 && level < 1)) {
            return OptionalLong.empty();
        }
        OptionalDouble differenceVariance = significance.differenceVariance();
        if (differenceVariance.isPresent()) {
            return OptionalLong.of(Power.pairs(differenceVariance.getAsDouble(), criteria.minRewardDelta(), level,
                    TARGET_POWER, significance.alternative()));
        }
        return OptionalLong.of(Power.episodesPerArm(significance.baseline().variance(),
                significance.trained().variance(), criteria.minRewardDelta(), level, TARGET_POWER,
                significance.alternative()));
    }

    /** The level the proof holds the p-value to: p <= max_p_value and 1 - p >= min_confidence_level. */
    static double sizingLevel(ProofCriteria criteria) {
        return Math.min(criteria.maxPValue(), 1 - criteria.minConfidenceLevel());
    }

    private static String text(double value) {
        return DecimalText.format(value);
    }
}
