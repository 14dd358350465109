package dev.benchproof.stats;

import dev.benchproof.BadInputException;

/**
 * Thrown when an argument of a statistics method is invalid (too few samples, non-finite values,
 * a significance level out of range, ...): bad input, since every argument comes from the caller's
 * data. The message is built from a constant format with {@code Locale.ROOT}, so it does not depend
 * on the machine.
 */
public class StatisticsException extends BadInputException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception whose message is {@code String.format(Locale.ROOT, format, args)}.
     *
     * @param format a constant message format
     * @param args the values to format
     */
    StatisticsException(String format, Object... args) {
        super(null, format, args);
    }
}
