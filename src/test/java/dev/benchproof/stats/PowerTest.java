package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PowerTest {

    static Stream<Reference.Row> references() {
        // scipy 1.10.1 stats.nct power of the Welch t gate (see power.tsv)
        return Reference.rows("power.tsv").stream();
    }

    static Stream<Reference.Row> pairedReferences() {
        // scipy 1.10.1 stats.nct power of the paired t gate (see power_paired.tsv)
        return Reference.rows("power_paired.tsv").stream();
    }

    @ParameterizedTest
    @MethodSource("pairedReferences")
    void pairsMatchScipyNoncentralT(Reference.Row row) {
        assertEquals(Long.parseLong(row.text("pairs")),
            Power.pairs(row.number("var_d"), row.number("min_delta"), row.number("alpha"), row.number("power"),
                row.alternative()), row.toString());
    }

    @ParameterizedTest
    @MethodSource("references")
    void matchesScipyNoncentralT(Reference.Row row) {
        assertEquals(Long.parseLong(row.text("episodes")),
            Power.episodesPerArm(row.number("var_b"), row.number("var_t"), row.number("min_delta"),
                row.number("alpha"), row.number("power"), row.alternative()), row.toString());
    }

    @Test
    void zeroVarianceNeedsTwo() {
        assertEquals(2, Power.episodesPerArm(0, 0, 1e-300, 0.05, 0.8, Alternative.GREATER));
    }

    @Test
    void saturates() {
        assertEquals(Long.MAX_VALUE, Power.episodesPerArm(1e300, 1e300, 1e-300, 0.05, 0.8, Alternative.GREATER));
    }

    @Test
    void rejectsBadInput() {
        assertEquals("minimum delta must be finite and positive: 0",
            assertThrows(StatisticsException.class,
                () -> Power.episodesPerArm(1, 1, 0, 0.05, 0.8, Alternative.GREATER)).getMessage());
        assertEquals("power must be in (0, 1): 1",
            assertThrows(StatisticsException.class,
                () -> Power.episodesPerArm(1, 1, 1, 0.05, 1, Alternative.GREATER)).getMessage());
        assertEquals("variance must be finite and non-negative: -1",
            assertThrows(StatisticsException.class,
                () -> Power.episodesPerArm(-1, 1, 1, 0.05, 0.8, Alternative.GREATER)).getMessage());
        assertEquals("alpha must be in (0, 1): NaN",
            assertThrows(StatisticsException.class,
                () -> Power.episodesPerArm(1, 1, 1, Double.NaN, 0.8, Alternative.GREATER)).getMessage());
    }
}
