package dev.benchproof.stats;

import static dev.benchproof.stats.StatsAssertions.assertRelativelyEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EffectSizesTest {

    static Stream<Reference.Row> references() {
        // numpy 1.24.2 formulas (see effects.tsv)
        return Reference.rows("effects.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("references")
    void matchesNumpyFormula(Reference.Row row) {
        final Reference.Pair p = row.dataset();
        assertRelativelyEquals(row.number("pooled"), EffectSizes.pooledStdDev(p.baseline(), p.trained()),
            Reference.TOLERANCE, "pooled");
        assertRelativelyEquals(row.number("cohens_d"), EffectSizes.cohensD(p.baseline(), p.trained()),
            Reference.TOLERANCE, "d");
        assertRelativelyEquals(row.number("hedges_g"), EffectSizes.hedgesG(p.baseline(), p.trained()),
            Reference.TOLERANCE, "g");
    }

    @Test
    void zeroPooledSpreadGivesZero() {
        final double[] b = {1, 1};
        final double[] t = {2, 2, 2};
        assertEquals(0, EffectSizes.pooledStdDev(b, t));
        assertEquals(0, EffectSizes.cohensD(b, t));
        assertEquals(0, EffectSizes.hedgesG(b, t));
    }

    @Test
    void rejectsBadInput() {
        assertEquals("samples must be finite: index 2 is -Infinity",
            assertThrows(StatisticsException.class,
                () -> EffectSizes.cohensD(new double[] {1, 2, Double.NEGATIVE_INFINITY}, new double[] {1, 2}))
                .getMessage());
    }
}
