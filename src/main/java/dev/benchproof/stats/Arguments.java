package dev.benchproof.stats;

/**
 * Argument checks shared by the package: every public entry point validates its inputs here, so
 * the messages are defined once.
 */
public final class Arguments {
    /** Message for a significance level outside (0, 1). */
    static final String ALPHA = "alpha must be in (0, 1): %s";
    /** Message for a power outside (0, 1). */
    static final String POWER = "power must be in (0, 1): %s";
    /** Message for a sample with fewer than two values. */
    static final String TOO_FEW = "at least two samples required: %s";
    /** Message for a NaN or infinite value. */
    static final String NOT_FINITE = "samples must be finite: index %d is %s";
    /** Message for paired samples of different lengths. */
    static final String UNEQUAL = "paired samples need equal lengths: %d vs %d";
    /** Message for a non-positive resample count. */
    static final String RESAMPLES = "resamples must be at least 1: %s";
    /** Message for a variance that is negative or not finite. */
    static final String VARIANCE = "variance must be finite and non-negative: %s";
    /** Message for a minimum detectable delta that is not positive and finite. */
    static final String MIN_DELTA = "minimum delta must be finite and positive: %s";
    /** Message for a missing argument. */
    static final String NULL = "%s must not be null";

    private Arguments() {
    }

    /**
     * Checks that a sample is present, has at least two values, and that all are finite.
     *
     * @param x the sample
     * @return {@code x}
     * @throws StatisticsException if {@code x} is null, shorter than 2, or holds NaN or infinity
     */
    public static double[] checkSample(double[] x) {
        checkNotNull(x, "sample");
        if (x.length < 2) {
            throw new StatisticsException(TOO_FEW, x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i])) {
                throw new StatisticsException(NOT_FINITE, i, x[i]);
            }
        }
        return x;
    }

    /**
     * Checks two paired samples: each valid per {@link #checkSample(double[])}, same length.
     *
     * @param baseline the first sample
     * @param trained the second sample
     * @throws StatisticsException if either sample is invalid or the lengths differ
     */
    public static void checkPaired(double[] baseline, double[] trained) {
        checkSample(baseline);
        checkSample(trained);
        if (baseline.length != trained.length) {
            throw new StatisticsException(UNEQUAL, baseline.length, trained.length);
        }
    }

    /**
     * Checks a significance level.
     *
     * @param alpha the significance level
     * @return {@code alpha}
     * @throws StatisticsException if {@code alpha} is not in the open interval (0, 1)
     */
    public static double checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new StatisticsException(ALPHA, alpha);
        }
        return alpha;
    }

    /**
     * Checks a statistical power.
     *
     * @param power the power (1 - beta)
     * @return {@code power}
     * @throws StatisticsException if {@code power} is not in the open interval (0, 1)
     */
    public static double checkPower(double power) {
        if (!(power > 0 && power < 1)) {
            throw new StatisticsException(POWER, power);
        }
        return power;
    }

    /**
     * Checks a bootstrap resample count.
     *
     * @param resamples the number of resamples
     * @return {@code resamples}
     * @throws StatisticsException if {@code resamples < 1}
     */
    public static int checkResamples(int resamples) {
        if (resamples < 1) {
            throw new StatisticsException(RESAMPLES, resamples);
        }
        return resamples;
    }

    /**
     * Checks a variance.
     *
     * @param variance the variance
     * @return {@code variance}
     * @throws StatisticsException if {@code variance} is negative, NaN or infinite
     */
    public static double checkVariance(double variance) {
        if (!(variance >= 0 && variance < Double.POSITIVE_INFINITY)) {
            throw new StatisticsException(VARIANCE, variance);
        }
        return variance;
    }

    /**
     * Checks a minimum detectable delta.
     *
     * @param minDelta the delta
     * @return {@code minDelta}
     * @throws StatisticsException if {@code minDelta} is not positive and finite
     */
    public static double checkMinDelta(double minDelta) {
        if (!(minDelta > 0 && minDelta < Double.POSITIVE_INFINITY)) {
            throw new StatisticsException(MIN_DELTA, minDelta);
        }
        return minDelta;
    }

    /**
     * Checks that an argument is present.
     *
     * @param <T> the argument type
     * @param value the argument
     * @param name the argument name used in the message
     * @return {@code value}
     * @throws StatisticsException if {@code value} is null
     */
    public static <T> T checkNotNull(T value, String name) {
        if (value == null) {
            throw new StatisticsException(NULL, name);
        }
        return value;
    }
}
