package dev.benchproof.report;

import dev.benchproof.stats.DecimalText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as a reader sees them: {@link #observed} with six significant digits, the same text as the
 * proof's messages and stdout; {@link #setting} the shortest text that reads back as the value a
 * user typed; {@link #brief} four significant digits for effect sizes and intervals. All of them are
 * computed with {@link BigDecimal} from the exact binary value: no locale, same on every JDK.
 */
final class Figures {

    private static final MathContext FOUR_DIGITS = new MathContext(4, RoundingMode.HALF_EVEN);

    private Figures() {
    }

    static String observed(double value) {
        return DecimalText.format(value);
    }

    static String setting(double value) {
        return DecimalText.shortest(value);
    }

    static String brief(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return DecimalText.format(value);
        }
        BigDecimal stripped = new BigDecimal(value).round(FOUR_DIGITS).stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        return exponent >= -4 && exponent < 9 ? stripped.toPlainString() : stripped.toString().replace('E', 'e');
    }

    /** A signed delta: {@code +0.2782} or {@code -0.01}, so the direction reads at a glance. */
    static String signed(double value) {
        return value > 0 ? "+" + brief(value) : brief(value);
    }

    /** A level as a percentage, {@code 0.95} as {@code 95%}. */
    static String percent(double level) {
        return new BigDecimal(level).multiply(BigDecimal.valueOf(100)).round(FOUR_DIGITS).stripTrailingZeros()
                .toPlainString() + "%";
    }
}
