package dev.benchproof.contract;

import dev.benchproof.stats.DecimalText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Collects cross-field violations; numbers are compared with a relative tolerance, since they were computed. */
final class Checks {

    /** Relative tolerance for derived numbers: far above rounding noise, far below any real disagreement. */
    static final double TOLERANCE = 1e-9;

    private final List<Violation> violations = new ArrayList<>();

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    static String num(double value) {
        return DecimalText.format(value);
    }

    static double at(JsonNode root, String pointer) {
        return root.at(pointer).asDouble();
    }

    void require(boolean holds, String pointer, String rule, String message) {
        if (!holds) {
            violations.add(Violation.crossField(pointer, rule, message));
        }
    }

    void requireClose(JsonNode root, String pointer, double expected, String rule, String what) {
        double actual = at(root, pointer);
        require(close(actual, expected), pointer, rule,
                "must equal " + what + " (" + num(expected) + "), found " + num(actual));
    }

    void requireEquals(JsonNode root, String pointer, String expected, String rule, String what) {
        String actual = root.at(pointer).asString();
        require(expected.equals(actual), pointer, rule, "must equal " + what + " (" + expected + "), found " + actual);
    }

    void requireFlag(JsonNode root, String pointer, boolean expected, String rule, String what) {
        boolean actual = root.at(pointer).asBoolean();
        require(actual == expected, pointer, rule, "must be " + expected + " since " + what);
    }

    List<Violation> result() {
        return List.copyOf(violations);
    }
}
