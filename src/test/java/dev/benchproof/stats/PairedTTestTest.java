package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PairedTTestTest {

    static Stream<Reference.Row> references() {
        // scipy 1.10.1 stats.ttest_rel(trained, baseline, alternative=...) (see paired.tsv)
        return Reference.rows("paired.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("references")
    void matchesScipy(Reference.Row row) {
        final Reference.Pair pair = row.dataset();
        final PairedTTest.Result r = PairedTTest.test(pair.baseline(), pair.trained(), row.alternative(),
            row.number("alpha"));
        assertRelativelyEquals(row.number("statistic"), r.statistic(), Reference.TOLERANCE, "statistic");
        assertRelativelyEquals(row.number("df"), r.degreesOfFreedom(), 0, "df");
        assertRelativelyEquals(row.number("pvalue"), r.pValue(), Reference.TOLERANCE, "p");
        assertRelativelyEquals(row.number("delta"), r.meanDelta(), Reference.TOLERANCE, "delta");
        assertRelativelyEquals(row.number("low"), r.deltaInterval().low(), Reference.TOLERANCE, "low");
        assertRelativelyEquals(row.number("high"), r.deltaInterval().high(), Reference.TOLERANCE, "high");
    }

    @Test
    void identicalVectorsGiveNoEvidence() {
        final double[] x = {1, 5, 2, 8};
        assertEquals(new PairedTTest.Result(0, 3, 1, 0, Interval.UNBOUNDED, 0, true),
            PairedTTest.test(x, x.clone(), Alternative.GREATER, 0.05));
    }

    @Test
    void constantShiftIsDegenerate() {
        final double[] b = {1, 2, 3};
        final double[] t = {1.5, 2.5, 3.5};
        assertEquals(new PairedTTest.Result(0, 2, 1, 0.5, Interval.UNBOUNDED, 0, true),
            PairedTTest.test(b, t, Alternative.GREATER, 0.05));
        assertEquals(new PairedTTest.Result(0, 2, 1, -0.5, Interval.UNBOUNDED, 0, true),
            PairedTTest.test(t, b, Alternative.TWO_SIDED, 0.05));
    }

    @Test
    void rejectsUnequalLengths() {
        assertEquals("paired samples need equal lengths: 2 vs 3",
            assertThrows(StatisticsException.class,
                () -> PairedTTest.test(new double[] {1, 2}, new double[] {1, 2, 3}, Alternative.TWO_SIDED, 0.05))
                .getMessage());
    }
}
