package dev.benchproof.report.svg;

/**
 * Coordinates as SVG text: at most two decimals, no exponent, no locale. Computed from a rounded
 * {@code long}, so the digits cannot depend on the JDK's {@code Double.toString} or a locale's
 * decimal separator.
 */
final class SvgNumbers {

    private SvgNumbers() {
    }

    static String coordinate(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("SVG coordinate must be finite, got " + value);
        }
        long hundredths = Math.round(value * 100);
        StringBuilder b = new StringBuilder();
        if (hundredths < 0) {
            b.append('-');
            hundredths = -hundredths;
        }
        b.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            b.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                b.append(fraction % 10);
            }
        }
        return b.toString();
    }
}
