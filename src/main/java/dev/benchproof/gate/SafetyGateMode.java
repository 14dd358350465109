package dev.benchproof.gate;

/** How the safety gate judges the delta of mean safety penalties. */
public enum SafetyGateMode {
    /** Blocks when the observed delta exceeds the threshold (the contract's rule). */
    DELTA("delta"),
    /** Also blocks when the one-sided upper confidence bound of the delta exceeds the threshold. */
    UPPER_BOUND("upper-bound");

    private final String label;

    SafetyGateMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
