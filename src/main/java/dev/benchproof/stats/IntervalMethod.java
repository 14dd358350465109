package dev.benchproof.stats;

/** How a bootstrap distribution becomes a confidence interval. */
public enum IntervalMethod {
    /** The \(\alpha/2\) and \(1-\alpha/2\) percentiles of the bootstrap distribution (rliable's default). */
    PERCENTILE("percentile"),
    /** Bias-corrected and accelerated (Efron 1987): percentiles moved by the bias \(z_0\) and the acceleration \(a\). */
    BCA("bca");

    private final String key;

    IntervalMethod(String key) {
        this.key = key;
    }

    /** The contract's spelling, e.g. {@code bca}. */
    public String key() {
        return key;
    }
}
