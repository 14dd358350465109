package dev.benchproof.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DistributionSectionTest {

    @Test
    void smallSampleHasOneCornerPerValueAtIOverN() {
        double[][] steps = DistributionSection.ecdfSteps(new double[] {0.5, 1.0, 1.0, 2.0});
        assertArrayEquals(new double[] {0.5, 1.0, 1.0, 2.0}, steps[0]);
        assertArrayEquals(new double[] {0.25, 0.5, 0.75, 1.0}, steps[1]);
    }

    @Test
    void largeSampleIsDrawnAtAThousandCornersEndingAtOne() {
        int n = 2500;
        double[] sorted = new double[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = i;
        }
        double[][] steps = DistributionSection.ecdfSteps(sorted);
        assertEquals(DistributionSection.MAX_STEPS, steps[0].length);
        // corner k is the value of rank floor(2.5 k), 1-based: k = 1 -> rank 2 (value 1), F = 2 / 2500
        assertEquals(1.0, steps[0][0]);
        assertEquals(2.0 / n, steps[1][0]);
        assertEquals(n - 1.0, steps[0][999]);
        assertEquals(1.0, steps[1][999]);
        for (int k = 0; k < steps[0].length; k++) {
            // on distinct values, F at a corner is exactly (value + 1) / n
            assertEquals((steps[0][k] + 1) / n, steps[1][k]);
        }
    }
}
