package dev.benchproof.stats;

/**
 * The alternative hypothesis H<sub>1</sub> of a two-arm test.
 *
 * <p>Every test computes its delta as {@code trained - baseline}.
 */
public enum Alternative {
    /** H<sub>1</sub>: the trained and baseline distributions differ (in either direction). */
    TWO_SIDED,
    /** H<sub>1</sub>: trained &gt; baseline, i.e. the delta {@code trained - baseline} is positive. */
    GREATER
}
