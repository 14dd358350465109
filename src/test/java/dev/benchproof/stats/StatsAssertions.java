package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;

/** Assertions on doubles with relative tolerances. */
final class StatsAssertions {
    private StatsAssertions() {
    }

    /**
     * Asserts {@code |actual - expected| <= tolerance * |expected|}; a tolerance of 0 requires
     * exact equality (same double, so 0.0 and -0.0 are equal but NaN never is).
     */
    static void assertRelativelyEquals(double expected, double actual, double tolerance, String what) {
        if (tolerance == 0 || Double.isInfinite(expected)) {
            assertEquals(expected, actual, 0.0, what);
            return;
        }
        if (!Double.isFinite(actual) || Math.abs(actual - expected) > tolerance * Math.abs(expected)) {
            fail(String.format(Locale.ROOT, "%s: expected %s but was %s (relative error %.3e > %.1e)", what,
                expected, actual, Math.abs(actual - expected) / Math.abs(expected), tolerance));
        }
    }

    static void assertRelativelyEquals(double expected, double actual, double tolerance) {
        assertRelativelyEquals(expected, actual, tolerance, "value");
    }
}
