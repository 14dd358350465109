package dev.benchproof.contract;

import dev.benchproof.stats.DecimalText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/** Collects cross-field violations; numbers are compared with a relative tolerance, since they were computed. */
final class Checks {

    /** Relative tolerance for derived numbers: far above rounding noise, far below any real disagreement. */
    static final double TOLERANCE = 1e-9;

    private final List<Violation> violations = new ArrayList<>();

    /**
     * Ulps of the operands a difference may be off by: each rounded operand carries half an ulp, the
     * subtraction another half, and the writer's value was computed from unrounded sums.
     */
    static final int DIFFERENCE_ULPS = 4;

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /**
     * Whether {@code actual} equals {@code minuend - subtrahend} up to the conditioning of that
     * difference: the rounding of its operands ({@link #DIFFERENCE_ULPS} ulps of the largest of
     * them) plus the relative {@link #TOLERANCE}. Two rounded means of 1e9 differ from their exact
     * difference by about 1e-7, however accurately the writer computed the delta.
     */
    static boolean closeToDifference(double actual, double minuend, double subtrahend) {
        double expected = minuend - subtrahend;
        double scale = Math.max(Math.max(Math.abs(minuend), Math.abs(subtrahend)),
                Math.max(Math.abs(actual), Math.abs(expected)));
        return close(actual, expected) || Math.abs(actual - expected) <= DIFFERENCE_ULPS * Math.ulp(scale);
    }

    static String num(double value) {
        return DecimalText.format(value);
    }

    static double at(JsonNode root, String pointer) {
        return root.at(pointer).asDouble();
    }

    /** The lower end of an interval, where null stands for minus infinity. */
    static double lowerEnd(JsonNode root, String pointer) {
        JsonNode end = root.at(pointer);
        return end.isNumber() ? end.asDouble() : Double.NEGATIVE_INFINITY;
    }

    /** The upper end of an interval, where null stands for plus infinity. */
    static double upperEnd(JsonNode root, String pointer) {
        JsonNode end = root.at(pointer);
        return end.isNumber() ? end.asDouble() : Double.POSITIVE_INFINITY;
    }

    void require(boolean holds, String pointer, String rule, String message) {
        if (!holds) {
            violations.add(Violation.crossField(pointer, rule, message));
        }
    }

    /**
     * As {@link #require(boolean, String, String, String)}, with the message made only for a
     * violation: a batch of valid files would otherwise spend a third of its cross-field time
     * formatting numbers for messages nobody reads.
     */
    void require(boolean holds, String pointer, String rule, Supplier<String> message) {
        if (!holds) {
            violations.add(Violation.crossField(pointer, rule, message.get()));
        }
    }

    void requireClose(JsonNode root, String pointer, double expected, String rule, String what) {
        double actual = at(root, pointer);
        require(close(actual, expected), pointer, rule,
                () -> "must equal " + what + " (" + num(expected) + "), found " + num(actual));
    }

    /** {@code pointer} must hold {@code minuend - subtrahend}, within the difference's conditioning. */
    void requireDifference(JsonNode root, String pointer, double minuend, double subtrahend, String rule,
                           String what) {
        double actual = at(root, pointer);
        require(closeToDifference(actual, minuend, subtrahend), pointer, rule,
                () -> "must equal " + what + " (" + num(minuend - subtrahend) + "), found " + num(actual));
    }

    void requireEquals(JsonNode root, String pointer, String expected, String rule, String what) {
        String actual = root.at(pointer).asString();
        require(expected.equals(actual), pointer, rule, () -> "must equal " + what + " (" + expected + "), found " + actual);
    }

    void requireFlag(JsonNode root, String pointer, boolean expected, String rule, String what) {
        boolean actual = root.at(pointer).asBoolean();
        require(actual == expected, pointer, rule, () -> "must be " + expected + " since " + what);
    }

    List<Violation> result() {
        return List.copyOf(violations);
    }
}
