package dev.benchproof.report;

/** Colours of the plots: the two arms from a colour-blind-safe pair, verdict colours, rules. */
final class Palette {

    static final String BASELINE = "#4e79a7";
    static final String TRAINED = "#e15759";
    static final String PASS = "#2e7d32";
    static final String FAIL = "#c62828";
    static final String THRESHOLD = "#b35900";
    static final String ZERO = "#555555";
    static final String NEUTRAL = "#6b6b6b";

    private Palette() {
    }
}
