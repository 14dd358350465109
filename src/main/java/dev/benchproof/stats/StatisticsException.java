package dev.benchproof.stats;

import java.util.Locale;

/**
 * Thrown when an argument of a statistics method is invalid (too few samples, non-finite values,
 * a significance level out of range, ...). The message is built from a constant format with
 * {@link Locale#ROOT}, so it does not depend on the machine.
 */
public class StatisticsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception whose message is {@code String.format(Locale.ROOT, format, args)}.
     *
     * @param format a constant message format
     * @param args the values to format
     */
    StatisticsException(String format, Object... args) {
        super(String.format(Locale.ROOT, format, args));
    }
}
