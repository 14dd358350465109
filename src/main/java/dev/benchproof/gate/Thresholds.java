package dev.benchproof.gate;

import dev.benchproof.stats.DecimalText;
import java.util.Locale;

/**
 * Preconditions on thresholds and options, in one place. Each check names what it checks (an option
 * such as {@code --max-p-value}) so the message is actionable as it stands.
 */
public final class Thresholds {

    private Thresholds() {
    }

    /** Largest accepted magnitude of any number given on the command line: differences of two stay finite. */
    public static final double MAX_MAGNITUDE = 1e100;

    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw fail("%s must be a finite number, found %s", name, value);
        }
        if (Math.abs(value) > MAX_MAGNITUDE) {
            throw fail("%s must be within [-1e100, 1e100], found %s", name, value);
        }
        return value;
    }

    public static double nonNegative(String name, double value) {
        if (!(finite(name, value) >= 0)) {
            throw fail("%s must be >= 0, found %s", name, value);
        }
        return value;
    }

    /** A value in [0, 1]. */
    public static double probability(String name, double value) {
        if (!(finite(name, value) >= 0 && value <= 1)) {
            throw fail("%s must be in [0, 1], found %s", name, value);
        }
        return value;
    }

    /** A value strictly between 0 and 1 (alpha, confidence of a bound, power). */
    public static double openUnit(String name, double value) {
        if (!(finite(name, value) > 0 && value < 1)) {
            throw fail("%s must be in (0, 1), found %s", name, value);
        }
        return value;
    }

    public static long atLeast(String name, long value, long min) {
        if (value < min) {
            throw fail("%s must be >= %s, found %s", name, min, value);
        }
        return value;
    }

    private static GateException fail(String format, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // Double.toString's digits differ between JDK 17 and 19+; messages must not.
            shown[i] = args[i] instanceof Double d ? DecimalText.shortest(d) : args[i];
        }
        return new GateException(String.format(Locale.ROOT, format, shown));
    }
}
