package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SplitMix64Test {

    @Test
    void matchesThePublishedSequence() {
        // Reference splitmix64.c (Vigna) with x = 0: first outputs.
        final SplitMix64 random = new SplitMix64(0);
        assertEquals(0xE220A8397B1DCDAFL, random.nextLong());
        assertEquals(0x6E789E6AA1B965F4L, random.nextLong());
        assertEquals(0x06C45D188009454FL, random.nextLong());
    }

    @Test
    void boundedIntsStayInRangeAndCoverIt() {
        final SplitMix64 random = SplitMix64.forBlock(1, 2);
        final int[] counts = new int[7];
        for (int i = 0; i < 70_000; i++) {
            counts[random.nextInt(7)]++;
        }
        for (int c : counts) {
            assertTrue(c > 9_000 && c < 11_000, java.util.Arrays.toString(counts));
        }
    }

    /** 3 x 10^6 values: about 2,000 draws fall in Lemire's rejection zone, so both branches run. */
    @Test
    void sumOfDrawsAddsExactlyTheValuesNextIntDrawsInOrder() {
        final double[] x = new java.util.SplittableRandom(5).doubles(3_000_000).toArray();
        final SplitMix64 bulk = SplitMix64.forBlock(42, 7);
        final SplitMix64 single = SplitMix64.forBlock(42, 7);
        for (int round = 0; round < 2; round++) {
            double expected = 0;
            for (int i = 0; i < x.length; i++) {
                expected += x[single.nextInt(x.length)];
            }
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(bulk.sumOfDraws(x)));
            assertEquals(single.nextLong(), bulk.nextLong(), "both generators end in the same state");
        }
    }

    /** From one value up: the smallest samples, the README's 200 and the bootstrap benchmark's 10^4. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 200, 10_000})
    void sumOfDrawsMatchesNextIntForSamplesOfEverySize(int size) {
        final double[] x = new java.util.SplittableRandom(size).doubles(size).toArray();
        final SplitMix64 bulk = SplitMix64.forBlock(size, 3);
        final SplitMix64 single = SplitMix64.forBlock(size, 3);
        for (int round = 0; round < 50; round++) {
            double expected = 0;
            for (int i = 0; i < x.length; i++) {
                expected += x[single.nextInt(x.length)];
            }
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(bulk.sumOfDraws(x)),
                    "round " + round);
        }
        assertEquals(single.nextLong(), bulk.nextLong(), "both generators end in the same state");
    }
}
