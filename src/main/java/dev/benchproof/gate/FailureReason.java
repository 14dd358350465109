package dev.benchproof.gate;

/** One failed criterion: what was observed, what it was held against, and what to do about it. */
public record FailureReason(ReasonCode code, double observed, double threshold, String message) {
}
