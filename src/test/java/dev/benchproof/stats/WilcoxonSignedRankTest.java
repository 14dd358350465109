package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WilcoxonSignedRankTest {

    static Stream<Reference.Row> references() {
        // scipy 1.10.1 stats.wilcoxon(trained, baseline, zero_method='wilcox', correction=False,
        // alternative=..., method='auto') (see wilcoxon.tsv)
        return Reference.rows("wilcoxon.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("references")
    void matchesScipy(Reference.Row row) {
        final Reference.Pair pair = row.dataset();
        final WilcoxonSignedRank.Result r = WilcoxonSignedRank.test(pair.baseline(), pair.trained(),
            row.alternative());
        assertRelativelyEquals(row.number("statistic"), r.statistic(), 0, "statistic");
        // exact p-values are sums of dyadic probabilities: only the summation order differs
        final double tolerance = "exact".equals(row.text("method")) ? 1e-14 : Reference.TOLERANCE;
        assertRelativelyEquals(row.number("pvalue"), r.pValue(), tolerance, "p");
    }

    @Test
    void exactDistributionSumsToOneAndIsSymmetric() {
        final double[] pmf = WilcoxonSignedRank.distribution(10);
        assertEquals(56, pmf.length);
        double sum = 0;
        for (int i = 0; i < pmf.length; i++) {
            sum += pmf[i];
            assertEquals(pmf[i], pmf[pmf.length - 1 - i]);
        }
        assertEquals(1.0, sum, 1e-15);
        assertEquals(1.0 / 1024, pmf[0]);
    }

    @Test
    void identicalVectorsGiveNoEvidence() {
        final double[] x = {1, 2, 3};
        assertEquals(new WilcoxonSignedRank.Result(0, 1), WilcoxonSignedRank.test(x, x.clone(), Alternative.GREATER));
        assertEquals(new WilcoxonSignedRank.Result(0, 1),
            WilcoxonSignedRank.test(x, x.clone(), Alternative.TWO_SIDED));
    }

    @Test
    void twoPairs() {
        // scipy 1.10.1 wilcoxon([2, 3], [1, 1], alternative='greater') -> (3.0, 0.25)
        assertEquals(new WilcoxonSignedRank.Result(3, 0.25),
            WilcoxonSignedRank.test(new double[] {1, 1}, new double[] {2, 3}, Alternative.GREATER));
    }

    @Test
    void rejectsUnequalLengths() {
        assertEquals("paired samples need equal lengths: 3 vs 2",
            assertThrows(StatisticsException.class,
                () -> WilcoxonSignedRank.test(new double[] {1, 2, 3}, new double[] {1, 2}, Alternative.TWO_SIDED))
                .getMessage());
    }
}
