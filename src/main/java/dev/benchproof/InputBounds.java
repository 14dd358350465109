package dev.benchproof;

/**
 * Bounds every input number obeys, options and samples alike, and which the input schemas
 * ({@code sample-vector}, {@code reproducibility-observations}) state as {@code minimum}/{@code maximum}.
 */
public final class InputBounds {

    /**
     * Largest accepted magnitude of any input number: differences and squares of two stay finite, so no
     * statistic can overflow.
     */
    public static final double MAX_MAGNITUDE = 1e100;

    /** {@link #MAX_MAGNITUDE} as messages and schemas spell it. */
    public static final String MAX_MAGNITUDE_TEXT = "1e100";

    private InputBounds() {
    }
}
