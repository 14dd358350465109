package dev.benchproof.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SortedKeysTest {

    private static final double[] EDGES = {
        -Double.MAX_VALUE, -1e100, -1.5, -Double.MIN_NORMAL, -Double.MIN_VALUE, -0.0, 0.0,
        Double.MIN_VALUE, Double.MIN_NORMAL, 1.5, 1e100, Double.MAX_VALUE,
    };

    @Test
    void keysOrderValuesAsDoubleCompareDoesAndMergeTheTwoZeros() {
        for (int i = 0; i < EDGES.length; i++) {
            for (int j = 0; j < EDGES.length; j++) {
                final double a = EDGES[i];
                final double b = EDGES[j];
                final int byValue = a == b ? 0 : (a < b ? -1 : 1);
                assertEquals(byValue, Long.signum(Long.compare(SortedKeys.key(a), SortedKeys.key(b))), a + " vs " + b);
            }
        }
    }

    /** Lengths on both sides of the comparison-sort threshold, values with many ties and every edge. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 17, SortedKeys.RADIX_THRESHOLD - 1, SortedKeys.RADIX_THRESHOLD, 50_000, 300_000})
    void sortsExactlyAsArraysSortDoes(int length) {
        final SplittableRandom random = new SplittableRandom(length);
        final double[] x = new double[length];
        for (int i = 0; i < length; i++) {
            x[i] = switch (random.nextInt(4)) {
                case 0 -> EDGES[random.nextInt(EDGES.length)];
                case 1 -> random.nextInt(-20, 20) * 0.25; // ties
                case 2 -> random.nextGaussian() * Math.scalb(1.0, random.nextInt(-1070, 1020));
                default -> random.nextGaussian();
            };
        }
        final double[] expected = x.clone();
        Arrays.sort(expected);
        final long[] keys = SortedKeys.of(x);
        for (int i = 0; i < length; i++) {
            assertEquals(SortedKeys.key(expected[i]), keys[i], "position " + i);
        }
    }

    @Test
    void rankSumsOfLargeArmsEqualMidRanksCountedOneByOne() {
        final SplittableRandom random = new SplittableRandom(7);
        final double[] a = random.ints(120_000, 0, 5_000).mapToDouble(v -> v * 0.5 - 1000).toArray();
        final double[] b = random.ints(90_000, 0, 5_000).mapToDouble(v -> v * 0.5 - 999).toArray();
        final RankSums ranks = RankSums.of(a, b);

        // Mid-ranks from a plain sort of the pooled values, group b tagged by a trailing bit.
        final double[] pooled = new double[a.length + b.length];
        System.arraycopy(a, 0, pooled, 0, a.length);
        System.arraycopy(b, 0, pooled, a.length, b.length);
        final double[] sorted = pooled.clone();
        Arrays.sort(sorted);
        final double[] sortedB = b.clone();
        Arrays.sort(sortedB);
        double rankSumB = 0;
        double tieTerm = 0;
        long groups = 0;
        for (int start = 0, k = 0; start < sorted.length; start = k) {
            while (k < sorted.length && sorted[k] == sorted[start]) {
                k++;
            }
            final long t = k - start;
            final double midRank = (start + 1 + k) / 2.0;
            final int fromB = countEqual(sortedB, sorted[start]);
            rankSumB += fromB * midRank;
            tieTerm += (double) t * ((double) t * t - 1);
            groups++;
        }
        assertEquals(rankSumB, ranks.rankSumB());
        assertEquals(tieTerm, ranks.tieTerm());
        assertEquals(groups, ranks.groups());
        assertTrue(groups < 10_000, "the data are meant to tie heavily");
    }

    @Test
    void bothArmsSortedSideBySideEqualEachSortedAlone() {
        final SplittableRandom random = new SplittableRandom(11);
        final double[] a = random.doubles(SortedKeys.PARALLEL_THRESHOLD).toArray();
        final double[] b = random.doubles(SortedKeys.PARALLEL_THRESHOLD / 3).toArray();
        final long[][] both = SortedKeys.ofBoth(a, b);
        assertArrayEquals(SortedKeys.of(a), both[0]);
        assertArrayEquals(SortedKeys.of(b), both[1]);
    }

    private static int countEqual(double[] sorted, double v) {
        int lo = Arrays.binarySearch(sorted, v);
        if (lo < 0) {
            return 0;
        }
        int hi = lo;
        while (lo > 0 && sorted[lo - 1] == v) {
            lo--;
        }
        while (hi + 1 < sorted.length && sorted[hi + 1] == v) {
            hi++;
        }
        return hi - lo + 1;
    }
}
