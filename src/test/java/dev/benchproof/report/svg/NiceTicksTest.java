package dev.benchproof.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NiceTicksTest {

    private static List<String> labels(NiceTicks ticks) {
        return ticks.ticks().stream().map(NiceTicks.Tick::label).toList();
    }

    @Test
    void unitIntervalInFifths() {
        NiceTicks t = NiceTicks.covering(0, 1, 5);
        assertEquals(List.of("0", "0.2", "0.4", "0.6", "0.8", "1"), labels(t));
        assertEquals(0, t.low());
        assertEquals(1, t.high());
    }

    @Test
    void decimalStepsHaveNoBinaryArtefacts() {
        // 0.1 + 0.2 is 0.30000000000000004 in doubles; the labels come from BigDecimal multiples.
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4"), labels(NiceTicks.covering(0, 0.33, 4)));
    }

    @Test
    void widensToWholeStepsAroundTheData() {
        NiceTicks t = NiceTicks.covering(-0.0189, 0.2549, 6);
        assertEquals(List.of("−0.05", "0", "0.05", "0.1", "0.15", "0.2", "0.25", "0.3"), labels(t));
        assertEquals(-0.05, t.low(), 1e-15);
        assertEquals(0.3, t.high(), 1e-15);
    }

    @Test
    void degenerateRangeIsWidenedAroundItsValue() {
        assertEquals(List.of("−1", "−0.5", "0", "0.5", "1"), labels(NiceTicks.covering(0, 0, 4)));
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals("0.02", NiceTicks.niceStep(0.013).toPlainString());
        assertEquals("5", NiceTicks.niceStep(2.5).stripTrailingZeros().toPlainString());
        assertEquals("1E+2", NiceTicks.niceStep(51).stripTrailingZeros().toString());
    }

    @Test
    void largeAndTinyValuesUseExponents() {
        assertEquals(List.of("0", "1e7", "2e7"), labels(NiceTicks.covering(0, 2e7, 2)));
        assertEquals("5e−6", labels(NiceTicks.covering(0, 1e-5, 2)).get(1));
    }

    @Test
    void rejectsNonFiniteOrReversedRanges() {
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.covering(0, Double.NaN, 4));
        assertThrows(IllegalArgumentException.class, () -> NiceTicks.covering(1, 0, 4));
    }
}
