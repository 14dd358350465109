package dev.benchproof.gate;

import dev.benchproof.InputBounds;

/**
 * Preconditions on thresholds and options, in one place. Each check names the parameter it checks by
 * its domain name (e.g. {@code max_p_value}); the command line shows it as its option
 * ({@code --max-p-value}).
 */
public final class Thresholds {

    private Thresholds() {
    }

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new GateException(name, "must be a finite number, found %s", value);
        }
        if (Math.abs(value) > InputBounds.MAX_MAGNITUDE) {
            throw new GateException(name, "must be within [-%2$s, %2$s], found %1$s", value,
                    InputBounds.MAX_MAGNITUDE_TEXT);
        }
        return value;
    }

    public static double nonNegative(String name, double value) {
        if (!(finite(name, value) >= 0)) {
            throw new GateException(name, "must be >= 0, found %s", value);
        }
        return value;
    }

    /** A value in [0, 1]. */
    public static double probability(String name, double value) {
        if (!(finite(name, value) >= 0 && value <= 1)) {
            throw new GateException(name, "must be in [0, 1], found %s", value);
        }
        return value;
    }

    /** A value strictly between 0 and 1 (alpha, confidence of a bound, power). */
    public static double openUnit(String name, double value) {
        if (!(finite(name, value) > 0 && value < 1)) {
            throw new GateException(name, "must be in (0, 1), found %s", value);
        }
        return value;
    }

    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw new GateException(name, "must be >= %s, found %s", min, value);
        }
        return value;
    }
}
