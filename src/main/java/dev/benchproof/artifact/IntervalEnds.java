package dev.benchproof.artifact;

/**
 * Interval ends as the contract writes them: a number, or null for an infinite end (the upper end
 * of a one-sided interval, or both ends where a test is undefined). JSON has no infinity.
 */
final class IntervalEnds {

    private IntervalEnds() {
    }

    static Double orNull(double end) {
        return Double.isFinite(end) ? end : null;
    }
}
