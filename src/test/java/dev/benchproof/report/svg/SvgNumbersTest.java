package dev.benchproof.report.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SvgNumbersTest {

    @Test
    void atMostTwoDecimalsWithoutTrailingZeros() {
        assertEquals("12", SvgNumbers.coordinate(12));
        assertEquals("12.5", SvgNumbers.coordinate(12.5));
        assertEquals("12.35", SvgNumbers.coordinate(12.3456));
        assertEquals("-0.05", SvgNumbers.coordinate(-0.049));
        assertEquals("0", SvgNumbers.coordinate(-0.001));
        assertEquals("100000", SvgNumbers.coordinate(1e5));
    }

    @Test
    void nonFiniteCoordinatesAreABug() {
        assertThrows(IllegalArgumentException.class, () -> SvgNumbers.coordinate(Double.POSITIVE_INFINITY));
    }
}
