package dev.benchproof.gate;

/** Whether a promotion check must pass for the checkpoint to be promoted. */
public enum Requirement {
    REQUIRED,
    NOT_REQUIRED
}
