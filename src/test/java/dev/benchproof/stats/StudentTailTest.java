package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StudentTailTest {

    static Stream<Reference.Row> quantiles() {
        // mpmath 40 digits: root of betainc(df/2, 1/2, 0, df/(df+t^2), regularized=True)/2 = alpha (t_quantiles.tsv)
        return Reference.rows("t_quantiles.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("quantiles")
    @DisplayName("issue 13: the t quantile agrees with mpmath to 1e-12 for alpha 1e-300..0.3 and df 1..1e7")
    void upperQuantileMatchesMpmath(Reference.Row row) {
        assertRelativelyEquals(row.number("quantile"), StudentTail.upperQuantile(row.number("alpha"), row.number("df")),
            1e-12, row.toString());
    }

    @Test
    void quantileIsSymmetricAndZeroAtTheMedian() {
        assertEquals(0, StudentTail.upperQuantile(0.5, 7));
        // 1 - 0.95 is 0.05 + 4e-17, hence a last-digit difference
        assertRelativelyEquals(-StudentTail.upperQuantile(0.05, 7), StudentTail.upperQuantile(0.95, 7), 1e-14);
    }

    @Test
    void smallestAlphaStaysFinite() {
        final double q = StudentTail.upperQuantile(Double.MIN_NORMAL, 1);
        assertTrue(Double.isFinite(q) && q > 1e300, () -> "q = " + q);
    }
}
