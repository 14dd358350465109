package dev.benchproof.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers for human-readable lines (diagnostics, summaries): six significant digits, computed with
 * {@link BigDecimal} from the exact binary value, so the text is the same on every JDK and locale
 * (unlike {@code Double.toString} and {@code %g}, whose digits changed in JDK 19).
 */
public final class DecimalText {

    private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

    private DecimalText() {
    }

    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "NaN" : (value > 0 ? "Infinity" : "-Infinity");
        }
        if (value == 0) {
            return "0";
        }
        return layout(new BigDecimal(value).round(SIX_DIGITS));
    }

    /** The fewest significant digits that read back as exactly {@code value}: for values a user typed. */
    public static String shortest(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return format(value);
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return layout(rounded);
            }
        }
        return layout(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    private static String layout(BigDecimal rounded) {
        BigDecimal stripped = rounded.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        return exponent >= -6 && exponent < 15 ? stripped.toPlainString() : stripped.toString().replace('E', 'e');
    }
}
