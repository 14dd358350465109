package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WelchTTestTest {

    static Stream<Reference.Row> references() {
        // scipy 1.10.1 stats.ttest_ind(trained, baseline, equal_var=False, alternative=...) (see welch.tsv)
        return Reference.rows("welch.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("references")
    void matchesScipy(Reference.Row row) {
        final Reference.Pair pair = row.dataset();
        final WelchTTest.Result r = WelchTTest.test(pair.baseline(), pair.trained(), row.alternative(),
            row.number("alpha"));
        assertRelativelyEquals(row.number("statistic"), r.statistic(), Reference.TOLERANCE, "statistic");
        assertRelativelyEquals(row.number("df"), r.degreesOfFreedom(), Reference.TOLERANCE, "df");
        assertRelativelyEquals(row.number("pvalue"), r.pValue(), Reference.TOLERANCE, "p");
        assertRelativelyEquals(row.number("delta"), r.meanDelta(), Reference.TOLERANCE, "delta");
        assertRelativelyEquals(row.number("low"), r.deltaInterval().low(), Reference.TOLERANCE, "low");
        assertRelativelyEquals(row.number("high"), r.deltaInterval().high(), Reference.TOLERANCE, "high");
    }

    @Test
    void identicalConstantArmsAreDegenerate() {
        final double[] x = {4, 4, 4};
        for (Alternative alt : Alternative.values()) {
            assertEquals(new WelchTTest.Result(0, 4, 1, 0, Interval.UNBOUNDED, true), WelchTTest.test(x, x, alt, 0.05));
        }
    }

    @Test
    @DisplayName("issue 13: constant arms [0,0] vs [1,1] are degenerate (SciPy: nan), never an infinite statistic")
    void constantArmsWithDeltaAreDegenerate() {
        final double[] b = {1, 1};
        final double[] t = {3, 3, 3};
        for (Alternative alt : Alternative.values()) {
            assertEquals(new WelchTTest.Result(0, 3, 1, 2, Interval.UNBOUNDED, true), WelchTTest.test(b, t, alt, 0.05));
            assertEquals(new WelchTTest.Result(0, 3, 1, -2, Interval.UNBOUNDED, true), WelchTTest.test(t, b, alt, 0.05));
        }
        assertEquals(new WelchTTest.Result(0, 2, 1, 1, Interval.UNBOUNDED, true),
            WelchTTest.test(new double[] {0, 0}, new double[] {1, 1}, Alternative.TWO_SIDED, 0.05));
    }

    @Test
    void identicalVectorsWithSpread() {
        final double[] x = {1, 2, 3, 4};
        final WelchTTest.Result r = WelchTTest.test(x, x.clone(), Alternative.TWO_SIDED, 0.05);
        assertEquals(0, r.statistic());
        assertEquals(1, r.pValue());
        assertEquals(6, r.degreesOfFreedom(), 1e-12);
        assertEquals(-r.deltaInterval().low(), r.deltaInterval().high());
    }

    @Test
    void tinyVariancesKeepFiniteDegreesOfFreedom() {
        final double[] b = {1e-155, 2e-155, 3e-155};
        final double[] t = {1e-155, 2e-155, 4e-155};
        final WelchTTest.Result r = WelchTTest.test(b, t, Alternative.GREATER, 0.05);
        assertEquals(true, Double.isFinite(r.degreesOfFreedom()) && r.degreesOfFreedom() > 0, r.toString());
        assertEquals(true, r.pValue() > 0 && r.pValue() < 1, r.toString());
    }

    @Test
    void rejectsBadInput() {
        final double[] ok = {1, 2};
        assertEquals("at least two samples required: 0",
            assertThrows(StatisticsException.class,
                () -> WelchTTest.test(new double[0], ok, Alternative.GREATER, 0.05)).getMessage());
        assertEquals("samples must be finite: index 0 is Infinity",
            assertThrows(StatisticsException.class,
                () -> WelchTTest.test(ok, new double[] {Double.POSITIVE_INFINITY, 1}, Alternative.GREATER, 0.05))
                .getMessage());
        assertEquals("alpha must be in (0, 1): 0",
            assertThrows(StatisticsException.class, () -> WelchTTest.test(ok, ok, Alternative.GREATER, 0))
                .getMessage());
        assertEquals("alternative must not be null",
            assertThrows(StatisticsException.class, () -> WelchTTest.test(ok, ok, null, 0.05)).getMessage());
    }
}
