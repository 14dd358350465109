package dev.benchproof.stats;

/**
 * A closed interval {@code [low, high]}, such as a confidence interval. An end may be infinite: a
 * one-sided bound \([low, +\infty)\), or \((-\infty, +\infty)\) when nothing can be said.
 *
 * @param low the lower bound, finite or {@code -Infinity}
 * @param high the upper bound, never less than {@code low}, finite or {@code +Infinity}
 */
public record Interval(double low, double high) {

    /** The whole line: the interval of a test that is undefined on its data. */
    public static final Interval UNBOUNDED = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Whether both ends are finite numbers. */
    public boolean bounded() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
