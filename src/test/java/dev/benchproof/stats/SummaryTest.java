package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SummaryTest {

    static Stream<Reference.Row> summaries() {
        // exact Fraction moments; interval with scipy.stats.t.ppf (see summary.tsv header)
        return Reference.rows("summary.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("summaries")
    void matchesReference(Reference.Row row) {
        final Reference.Pair pair = row.dataset();
        final double[] x = "baseline".equals(row.text("arm")) ? pair.baseline() : pair.trained();
        final Summary s = Summary.of(x);
        assertEquals(Long.parseLong(row.text("count")), s.count());
        assertRelativelyEquals(row.number("mean"), s.mean(), 1e-15, "mean");
        assertRelativelyEquals(row.number("variance"), s.variance(), Reference.TOLERANCE, "variance");
        assertRelativelyEquals(row.number("stddev"), s.stdDev(), Reference.TOLERANCE, "stddev");
        final Interval ci = s.meanInterval(row.number("alpha"));
        assertRelativelyEquals(row.number("low"), ci.low(), Reference.TOLERANCE, "low");
        assertRelativelyEquals(row.number("high"), ci.high(), Reference.TOLERANCE, "high");
    }

    @Test
    void illConditionedVarianceMatchesBigDecimal() {
        // 1e9 + i * 2^-20: a naive sum of squares loses every digit of this variance.
        final int n = 1001;
        final double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 1e9 + i * 0x1p-20 + (i % 7) * 0x1p-22;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        final BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        BigDecimal squares = BigDecimal.ZERO;
        for (double v : x) {
            final BigDecimal dev = new BigDecimal(v).subtract(mean);
            squares = squares.add(dev.multiply(dev));
        }
        final double variance = squares.divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128).doubleValue();
        final Summary s = Summary.of(x);
        assertRelativelyEquals(variance, s.variance(), 1e-12, "variance");
        assertRelativelyEquals(mean.doubleValue(), s.mean(), 1e-16, "mean");
    }

    @Test
    void zeroVarianceGivesPointInterval() {
        final Summary s = Summary.of(new double[] {2.5, 2.5, 2.5});
        assertEquals(new Summary(3, 2.5, 0, 0), s);
        assertEquals(new Interval(2.5, 2.5), s.meanInterval(0.05));
    }

    @Test
    void twoValues() {
        final Summary s = Summary.of(new double[] {1, 3});
        assertEquals(new Summary(2, 2, 2, Math.sqrt(2)), s);
        // scipy 1.10.1: 2 -/+ stats.t.ppf(0.975, 1) * 1 = 12.706204736174698
        assertRelativelyEquals(2 - 12.706204736174698, s.meanInterval(0.05).low(), 1e-12);
        assertRelativelyEquals(2 + 12.706204736174698, s.meanInterval(0.05).high(), 1e-12);
    }

    @Test
    void rejectsBadInput() {
        assertEquals("at least two samples required: 1",
            assertThrows(StatisticsException.class, () -> Summary.of(new double[] {1})).getMessage());
        assertEquals("samples must be finite: index 1 is NaN",
            assertThrows(StatisticsException.class, () -> Summary.of(new double[] {1, Double.NaN})).getMessage());
        assertEquals("alpha must be in (0, 1): 1",
            assertThrows(StatisticsException.class, () -> Summary.of(new double[] {1, 2}).meanInterval(1))
                .getMessage());
        assertThrows(StatisticsException.class, () -> Summary.of(null));
    }
}
