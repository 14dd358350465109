package dev.benchproof.report.svg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), Heckbert's rule: the axis is
 * widened to whole steps so every tick sits on a round value.
 *
 * <p>Tick values are computed in {@link BigDecimal} ({@code k * step}), so a label reads
 * {@code 0.3}, never {@code 0.30000000000000004}, and the text is the same on every JDK and locale.
 *
 * @param low   first tick, at or below the data's minimum
 * @param high  last tick, at or above the data's maximum
 * @param ticks every tick from {@code low} to {@code high}, ascending
 */
public record NiceTicks(double low, double high, List<Tick> ticks) {

    /** One tick: its position and its label. */
    public record Tick(double value, String label) {
    }

    public NiceTicks {
        ticks = List.copyOf(ticks);
    }

    /**
     * Ticks covering {@code [min, max]} with about {@code target} intervals; a degenerate range is
     * widened around its value so the axis still has extent.
     */
    public static NiceTicks covering(double min, double max, int target) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || min > max || target < 1) {
            throw new IllegalArgumentException("need finite min <= max and target >= 1, got " + min + ", " + max);
        }
        if (min == max) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        BigDecimal step = niceStep((max - min) / target);
        BigDecimal first = new BigDecimal(Math.floor(min / step.doubleValue())).setScale(0);
        BigDecimal last = new BigDecimal(Math.ceil(max / step.doubleValue())).setScale(0);
        List<Tick> ticks = new ArrayList<>();
        for (BigDecimal k = first; k.compareTo(last) <= 0; k = k.add(BigDecimal.ONE)) {
            BigDecimal value = k.multiply(step);
            ticks.add(new Tick(value.doubleValue(), label(value)));
        }
        return new NiceTicks(ticks.get(0).value(), ticks.get(ticks.size() - 1).value(), ticks);
    }

    /** Ticks covering every one of {@code values} (plain loops: no stream classes to load at start-up). */
    public static NiceTicks coveringAll(int target, double... values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return covering(min, max, target);
    }

    /** The smallest of 1, 2, 5 (times a power of ten) not below {@code rough}. */
    static BigDecimal niceStep(double rough) {
        int exponent = (int) Math.floor(Math.log10(rough));
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        // A hair of tolerance: 5e-6 / 1e-6 is 5.000000000000001 in doubles and must still count as 5.
        double fraction = rough / power.doubleValue() * (1 - 1e-12);
        int nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return power.multiply(BigDecimal.valueOf(nice));
    }

    private static String label(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent >= -4 && exponent < 7) {
            return stripped.toPlainString().replace('-', '\u2212');
        }
        String digits = stripped.unscaledValue().abs().toString();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (stripped.signum() < 0 ? "\u2212" : "") + mantissa + "e" + (exponent < 0 ? "\u2212" : "") + Math.abs(exponent);
    }
}
