package dev.benchproof.io;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * ECMAScript {@code Number::toString(x)} for finite doubles: the RFC 8785 number format.
 *
 * <p>Why not {@code Double.toString}: JDK 17 does not always pick the shortest digits
 * ({@code 1.0E23} prints as {@code 9.999999999999999E22}) and its layout ({@code 1.0}, {@code 1.0E-5})
 * is not ECMAScript's. This implementation relies only on {@link BigDecimal} arithmetic and the
 * correctly rounded decimal-to-double conversion, so it prints the same on every JDK.
 *
 * <p>Digits (ECMA-262, Number::toString step 5): the fewest significant digits {@code k} whose
 * value converts back to exactly {@code x}; among those, the one closest to {@code x}, the even one
 * on a tie. For each precision {@code p} the only candidates are the two {@code p}-digit decimals
 * that bracket {@code x}: the values that round to {@code x} form an interval around it, so if any
 * {@code p}-digit decimal lies in it, the bracketing one on the same side does too. Checking both
 * sides matters at powers of two, where the interval below {@code x} is half as wide as above.
 * Speed is not a goal: artifacts hold a few hundred numbers.
 */
final class EcmaScriptNumbers {

    private EcmaScriptNumbers() {
    }

    static String format(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("JSON numbers must be finite, got " + x);
        }
        if (x == 0) {
            return "0"; // both +0 and -0, as in ECMAScript
        }
        if (x < 0) {
            return "-" + format(-x);
        }
        BigDecimal shortest = shortest(x);
        String digits = shortest.unscaledValue().toString();
        int n = digits.length() - shortest.scale(); // x = 0.d1d2...dk * 10^n
        return layout(digits, n);
    }

    private static BigDecimal shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
            boolean downOk = down.doubleValue() == x;
            boolean upOk = up.doubleValue() == x;
            if (downOk && upOk) {
                return closer(exact, down, up).stripTrailingZeros();
            }
            if (downOk) {
                return down.stripTrailingZeros();
            }
            if (upOk) {
                return up.stripTrailingZeros();
            }
        }
        throw new AssertionError("17 significant digits always round-trip: " + x);
    }

    private static BigDecimal closer(BigDecimal exact, BigDecimal down, BigDecimal up) {
        int cmp = exact.subtract(down).compareTo(up.subtract(exact));
        if (cmp != 0) {
            return cmp < 0 ? down : up;
        }
        return down.unscaledValue().testBit(0) ? up : down; // tie: the even digit string
    }

    /** ECMA-262 Number::toString steps 6 to 10: plain, fixed or exponential notation. */
    private static String layout(String digits, int n) {
        int k = digits.length();
        StringBuilder b = new StringBuilder(k + 8);
        if (k <= n && n <= 21) {
            b.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            b.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            b.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            b.append(digits.charAt(0));
            if (k > 1) {
                b.append('.').append(digits, 1, k);
            }
            int e = n - 1;
            b.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return b.toString();
    }
}
