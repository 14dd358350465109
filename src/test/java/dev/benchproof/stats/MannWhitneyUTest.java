package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MannWhitneyUTest {

    static Stream<Reference.Row> references() {
        // scipy 1.10.1 stats.mannwhitneyu(trained, baseline, use_continuity=True, alternative=...,
        // method='asymptotic') (see mannwhitney.tsv)
        return Reference.rows("mannwhitney.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("references")
    void matchesScipy(Reference.Row row) {
        final Reference.Pair pair = row.dataset();
        final MannWhitneyU.Result r = MannWhitneyU.test(pair.baseline(), pair.trained(), row.alternative());
        assertRelativelyEquals(row.number("u"), r.u(), 0, "u");
        assertRelativelyEquals(row.number("z"), r.z(), Reference.TOLERANCE, "z");
        assertRelativelyEquals(row.number("pvalue"), r.pValue(), Reference.TOLERANCE, "p");
        assertRelativelyEquals(row.number("poi"), r.probabilityOfImprovement(), 0, "poi");
    }

    @Test
    void allValuesEqualGiveNoEvidence() {
        final double[] x = {2, 2, 2};
        assertEquals(new MannWhitneyU.Result(4.5, 0, 1, 0.5), MannWhitneyU.test(x, new double[] {2, 2, 2},
            Alternative.GREATER));
    }

    @Test
    void signedZerosAreTies() {
        final MannWhitneyU.Result r = MannWhitneyU.test(new double[] {-0.0, 1}, new double[] {0.0, 1},
            Alternative.TWO_SIDED);
        assertEquals(2.0, r.u());
        assertEquals(1.0, r.pValue());
    }

    @Test
    void completeSeparation() {
        final MannWhitneyU.Result r = MannWhitneyU.test(new double[] {1, 2}, new double[] {3, 4, 5},
            Alternative.GREATER);
        assertEquals(6.0, r.u());
        assertEquals(1.0, r.probabilityOfImprovement());
    }

    /** Two million ties-heavy ranks per arm: U and its variance stay finite (speed is measured in bench/). */
    @Test
    void largeSamplesKeepAFiniteStatistic() {
        final int n = 2_000_000;
        final double[] b = new double[n];
        final double[] t = new double[n];
        final SplitMix64 random = new SplitMix64(7);
        for (int i = 0; i < n; i++) {
            b[i] = random.nextInt(1000);
            t[i] = random.nextInt(1000) + 10;
        }
        final MannWhitneyU.Result r = MannWhitneyU.test(b, t, Alternative.GREATER);
        assertTrue(r.pValue() < 1e-10 && r.z() > 0 && Double.isFinite(r.z()), r.toString());
    }

    @Test
    void rejectsBadInput() {
        assertEquals("at least two samples required: 1",
            assertThrows(StatisticsException.class,
                () -> MannWhitneyU.test(new double[] {1, 2}, new double[] {1}, Alternative.TWO_SIDED)).getMessage());
    }
}
