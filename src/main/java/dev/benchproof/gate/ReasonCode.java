package dev.benchproof.gate;

import java.util.Arrays;
import java.util.Optional;

/** Every reason code of the contract; each constant carries the contract's string. */
public enum ReasonCode {
    REWARD_GAIN_BELOW_THRESHOLD("reward_gain_below_threshold"),
    SAFETY_REGRESSION("checkpoint_promotion_blocked_safety_regression"),
    SAFETY_UPPER_BOUND("checkpoint_promotion_blocked_safety_upper_bound"),
    P_VALUE_ABOVE_THRESHOLD("p_value_above_threshold"),
    CONFIDENCE_BELOW_THRESHOLD("confidence_below_threshold"),
    SEED_REPRODUCIBILITY("checkpoint_promotion_blocked_seed_reproducibility"),
    SAMPLE_SENSITIVITY("checkpoint_promotion_blocked_sample_sensitivity"),
    NO_VALID_ARTIFACTS("no_valid_artifacts"),
    BELOW_MIN_VALID_ENTRIES("below_min_valid_entries"),
    INVALID_RATIO_EXCEEDED("invalid_ratio_exceeded"),
    AGGREGATE_GAIN_NOT_ESTABLISHED("aggregate_gain_not_established"),
    TOO_FEW_RUNS_PER_ARM("too_few_runs_per_arm"),
    /** The primary t-test is undefined on the data (no spread in either arm, or equal paired differences). */
    DEGENERATE_SAMPLES("degenerate_samples");

    private final String code;

    ReasonCode(String code) {
        this.code = code;
    }

    /** The constant whose contract string is {@code code}. */
    public static Optional<ReasonCode> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The string written into artifacts. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
