package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The t-tests on the edge cases of issue 13, against exact references (edges.tsv, make_edge_reference.py). */
class EdgeCasesTest {

    /** The bar: 1e-12 relative to exact (rational moments, mpmath tails and quantiles). */
    private static final double EXACT = 1e-12;

    static Stream<Reference.Row> edges() {
        // exact Fraction moments + mpmath 40-digit t tail/quantile; SciPy 1.10 call in the 'scipy' column
        return Reference.rows("edges.tsv").stream();
    }

    private static double[] values(Reference.Row row, String column) {
        return Arrays.stream(row.text(column).split(",")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest
    @MethodSource("edges")
    void agreesWithExactReferences(Reference.Row row) {
        final double[] b = values(row, "baseline");
        final double[] t = values(row, "trained");
        final Alternative alt = "greater".equals(row.text("alternative")) ? Alternative.GREATER : Alternative.TWO_SIDED;
        final double alpha = row.number("alpha");
        final double statistic;
        final double df;
        final double p;
        final double delta;
        final Interval interval;
        if ("welch".equals(row.text("test"))) {
            final WelchTTest.Result r = WelchTTest.test(b, t, alt, alpha);
            statistic = r.statistic();
            df = r.degreesOfFreedom();
            p = r.pValue();
            delta = r.meanDelta();
            interval = r.deltaInterval();
            assertRelativelyEquals(row.number("pooled"), EffectSizes.pooledStdDev(b, t), EXACT, "pooled " + row);
            assertRelativelyEquals(row.number("cohens_d"), EffectSizes.cohensD(b, t), EXACT, "d " + row);
        } else {
            final PairedTTest.Result r = PairedTTest.test(b, t, alt, alpha);
            statistic = r.statistic();
            df = r.degreesOfFreedom();
            p = r.pValue();
            delta = r.meanDelta();
            interval = r.deltaInterval();
        }
        assertRelativelyEquals(row.number("statistic"), statistic, EXACT, "statistic " + row);
        assertRelativelyEquals(row.number("df"), df, EXACT, "df " + row);
        assertRelativelyEquals(row.number("pvalue"), p, EXACT, "p " + row);
        assertRelativelyEquals(row.number("delta"), delta, EXACT, "delta " + row);
        assertRelativelyEquals(row.number("low"), interval.low(), EXACT, "low " + row);
        assertRelativelyEquals(row.number("high"), interval.high(), EXACT, "high " + row);
    }

    @Test
    @DisplayName("issue 13: [1e-170..4e-170] vs [3e-170..7e-170] gives the p of [1..4] vs [3,4,6,7] (0.0716)")
    void underflowingSquaresKeepThePValue() {
        final double[] tinyB = {1e-170, 2e-170, 3e-170, 4e-170};
        final double[] tinyT = {3e-170, 4e-170, 6e-170, 7e-170};
        final WelchTTest.Result tiny = WelchTTest.test(tinyB, tinyT, Alternative.TWO_SIDED, 0.05);
        final WelchTTest.Result unit = WelchTTest.test(new double[] {1, 2, 3, 4}, new double[] {3, 4, 6, 7},
            Alternative.TWO_SIDED, 0.05);
        assertRelativelyEquals(unit.pValue(), tiny.pValue(), 1e-14, "p");
        assertRelativelyEquals(unit.statistic(), tiny.statistic(), 1e-14, "t");
        assertEquals(0.0716, tiny.pValue(), 5e-5);
    }

    @Test
    @DisplayName("issue 13: scaling every value by 2^k changes no statistic (moments are computed at scale)")
    void powerOfTwoScalingIsExact() {
        final double[] b = {0.1, 0.4, -0.3, 0.2, 0.0, 0.5};
        final double[] t = {0.3, 0.9, 0.2, 0.6, 0.4, 1.1};
        final WelchTTest.Result unit = WelchTTest.test(b, t, Alternative.GREATER, 0.05);
        for (int k : new int[] {-1000, -600, 300, 900}) {
            final double[] sb = Arrays.stream(b).map(v -> Math.scalb(v, k)).toArray();
            final double[] st = Arrays.stream(t).map(v -> Math.scalb(v, k)).toArray();
            final WelchTTest.Result scaled = WelchTTest.test(sb, st, Alternative.GREATER, 0.05);
            assertEquals(unit.statistic(), scaled.statistic(), "t at 2^" + k);
            assertEquals(unit.pValue(), scaled.pValue(), "p at 2^" + k);
            assertEquals(unit.degreesOfFreedom(), scaled.degreesOfFreedom(), "df at 2^" + k);
            assertEquals(EffectSizes.cohensD(b, t), EffectSizes.cohensD(sb, st), "d at 2^" + k);
        }
    }
}
