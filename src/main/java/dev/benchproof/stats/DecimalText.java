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
        BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent >= -6 && exponent < 15 ? rounded.toPlainString() : rounded.toString();
    }
}
